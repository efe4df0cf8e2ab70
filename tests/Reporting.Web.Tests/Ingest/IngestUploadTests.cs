using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Reporting.Web.Ingest;

namespace Reporting.Web.Tests.Ingest;

/// <summary>
/// Uploads (issues 16 and 17): a file name is only a name, never a path; a 422 names the file as the
/// client did, not the server's path; an upload that fails or that a killed server left is removed.
/// </summary>
public sealed class IngestUploadTests : IDisposable
{
    private const string Key = "test-key-upload";
    private readonly ReportingWebFactory factory = new(new()
    {
        ["Tests:Seed"] = "false",
        ["Reporting:ApiKeys:0"] = Key,
    });

    [Theory]
    [InlineData("..")]
    [InlineData(".")]
    [InlineData("a%00b.csv")]
    [InlineData("exports%2Faccounts.csv")]
    [InlineData(null)]
    public async Task A_filename_that_is_no_plain_file_name_is_a_bad_request_naming_filename(string? filename)
    {
        using var client = Client();
        filename ??= new string('a', 296) + ".csv";

        var response = await client.PostAsync($"/api/ingest/accounts?filename={filename}", Csv("account_id,name,segment\nA1,Acme,SMB\n"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("filename must ", await Detail(response), StringComparison.Ordinal);
        Assert.Empty(Directory.GetDirectories(Uploads));
    }

    [Fact]
    public async Task A_form_file_whose_own_name_is_no_plain_file_name_is_a_bad_request()
    {
        using var client = Client();
        using var form = new MultipartFormDataContent { { new StringContent("account_id,name,segment\nA1,Acme,SMB\n"), "file", ".." } };

        var response = await client.PostAsync("/api/ingest/accounts", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("the form file's name (or send filename) must be a file name, without folders; it only names the file in the report.", await Detail(response));
    }

    [Fact]
    public async Task A_422_names_the_file_as_the_client_did_and_never_the_servers_path()
    {
        using var client = Client();

        var response = await client.PostAsync("/api/ingest/tickets?filename=crm.csv", Csv("ticket_id,account_id,priority,created_at\nT1,A9,P1,not a time\n"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"message\":\"crm.csv:2: column 'account_id' value 'A9': account A9 is not loaded", body, StringComparison.Ordinal);
        Assert.DoesNotContain(Uploads, body, StringComparison.Ordinal);
        Assert.DoesNotContain(Path.GetTempPath(), body, StringComparison.Ordinal);
        Assert.DoesNotContain("upload.csv", body, StringComparison.Ordinal);
        Assert.Empty(Directory.GetDirectories(Uploads));
    }

    [Fact]
    public async Task An_upload_the_client_abandons_midway_leaves_no_folder()
    {
        using var client = Client(); // starts the server, which empties the upload folder
        var context = new Microsoft.AspNetCore.Http.DefaultHttpContext();
        context.Request.ContentType = "text/csv";
        context.Request.Body = new FailingStream(Encoding.UTF8.GetBytes("account_id,name,segment\n" + string.Concat(Enumerable.Repeat("A1,Acme,SMB\n", 10_000))));

        await Assert.ThrowsAsync<IOException>(() => Upload.SaveAsync(context.Request, "big.csv", factory.Services.GetRequiredService<UploadFolder>(), CancellationToken.None));

        Assert.Empty(Directory.GetDirectories(Uploads));
    }

    [Fact]
    public void Uploads_a_killed_server_left_are_removed_at_start_up()
    {
        var left = Path.Combine(Path.ChangeExtension(factory.DatabasePath, null) + ".uploads", "3f2a", "upload.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(left)!);
        File.WriteAllText(left, "account_id,name,segment\n");

        using var client = Client();

        Assert.False(File.Exists(left));
        Assert.Equal(Path.ChangeExtension(factory.DatabasePath, null) + ".uploads", Uploads);
    }

    private string Uploads => factory.Services.GetRequiredService<UploadFolder>().Path;

    private HttpClient Client()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", Key);
        return client;
    }

    private static StringContent Csv(string text) => new(text, Encoding.UTF8, "text/csv");

    private static async Task<string> Detail(HttpResponseMessage response) =>
        System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString()!;

    /// <summary>A body that breaks off after its first part, as a client killed mid-upload does.</summary>
    private sealed class FailingStream(byte[] start) : Stream
    {
        private int position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (position >= start.Length / 2)
            {
                throw new IOException("The client went away.");
            }
            var read = Math.Min(count, Math.Min(4096, start.Length / 2 - position));
            Array.Copy(start, position, buffer, offset, read);
            position += read;
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    public void Dispose() => factory.Dispose();
}
