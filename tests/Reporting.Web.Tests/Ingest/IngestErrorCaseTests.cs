using Reporting.DuckDb;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Reporting.Tests.Fixtures;

namespace Reporting.Web.Tests.Ingest;

/// <summary>
/// The refused files of issue 17 over HTTP: the same errors as on the command line in the 422 body,
/// naming the file as the client named it, and a database exactly as before; with skipInvalid,
/// 200 and exactly the good rows.
/// </summary>
public sealed class IngestErrorCaseTests : IAsyncLifetime
{
    private const string Key = "test-key-17";
    private readonly ReportingWebFactory factory = new(new()
    {
        ["Tests:Seed"] = "false",
        ["Reporting:ApiKeys:0"] = Key,
    });

    private HttpClient client = null!;

    public static TheoryData<string> Ids => LoadErrorCase.Ids;

    public static TheoryData<string> SkippableIds => [.. LoadErrorCase.All.Where(c => c.GoodRows is not null).Select(c => c.Id)];

    public async Task InitializeAsync()
    {
        client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", Key);
        Assert.Equal(HttpStatusCode.OK, (await Post("accounts", "accounts.csv", [])).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Post("contacts", "contacts.csv", [])).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public async Task A_refused_file_answers_422_with_the_same_errors_and_changes_nothing(string id)
    {
        var refused = LoadErrorCase.ById(id);
        var before = Fingerprint();

        var response = await Post(refused.Kind, refused.File, refused.Options);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(report.GetProperty("committed").GetBoolean());
        Assert.Equal(
            refused.ErrorsFor(refused.File).Select(e => e.Replace("option --timezone", "parameter 'timezone'", StringComparison.Ordinal)),
            report.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("message").GetString()));
        Assert.Equal(before, Fingerprint());
    }

    [Theory]
    [MemberData(nameof(SkippableIds))]
    public async Task With_skip_invalid_exactly_the_good_rows_load(string id)
    {
        var refused = LoadErrorCase.ById(id);
        var before = Rows(refused.Kind);

        var response = await Post(refused.Kind, refused.File, [.. refused.Options, "--skip-invalid"]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(refused.ErrorsFor(refused.File), report.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("message").GetString()));
        Assert.Equal(before + refused.GoodRows, Rows(refused.Kind));
    }

    [Fact]
    public async Task Latin1_loads_with_the_encoding_parameter()
    {
        var response = await Post("accounts", "accounts_latin1.csv", ["--encoding", "latin1"]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("accounts_latin1.csv: read as Latin-1 (--encoding latin1)", report.GetProperty("notes")[0].GetString());
        Assert.Equal(4L, Rows("accounts"));
    }

    /// <summary>The fixture as the body; its options as query parameters of the same names (--skip-invalid → skipInvalid=true).</summary>
    private async Task<HttpResponseMessage> Post(string kind, string file, string[] options)
    {
        var query = new List<string> { "filename=" + Uri.EscapeDataString(file) };
        for (var i = 0; i < options.Length; i++)
        {
            query.Add(options[i] == "--skip-invalid" ? "skipInvalid=true" : $"{options[i][2..]}={Uri.EscapeDataString(options[++i])}");
        }
        using var content = new ByteArrayContent(await File.ReadAllBytesAsync(LoadErrorCase.Path(file)));
        return await client.PostAsync($"/api/ingest/{kind}?{string.Join("&", query)}", content);
    }

    private long Rows(string kind)
    {
        using var connection = factory.Database.Connect();
        var table = kind switch { "accounts" => "dim_account", "contacts" => "dim_contact", "tickets" => "fact_ticket", _ => "fact_survey_response" };
        return (long)connection.Query($"SELECT count(*) FROM {table}").Scalar()!;
    }

    private string Fingerprint()
    {
        using var connection = factory.Database.Connect();
        return connection.Query("""
            SELECT concat_ws(' ',
                (SELECT count(*) || ':' || coalesce(bit_xor(hash(t)), 0) FROM dim_account t),
                (SELECT count(*) || ':' || coalesce(bit_xor(hash(t)), 0) FROM dim_contact t),
                (SELECT count(*) || ':' || coalesce(bit_xor(hash(t)), 0) FROM fact_ticket t),
                (SELECT count(*) || ':' || coalesce(bit_xor(hash(t)), 0) FROM fact_survey_response t),
                (SELECT max(version) FROM data_version))
            """).Scalar()!.ToString()!;
    }

    public Task DisposeAsync()
    {
        client.Dispose();
        factory.Dispose();
        return Task.CompletedTask;
    }
}
