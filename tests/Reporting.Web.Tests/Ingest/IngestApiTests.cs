using Reporting.DuckDb;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Reporting.Web.Tests.Ingest;

public sealed class IngestApiTests : IDisposable
{
    private const string Key = "test-key-7f3a";
    private const string Accounts = "account_id,name,segment\nA1,Acme,SMB\nA2,Globex,Enterprise\n";
    private readonly ReportingWebFactory factory = new(new()
    {
        ["Tests:Seed"] = "false",
        ["Reporting:ApiKeys:0"] = "another-key",
        ["Reporting:ApiKeys:1"] = Key,
    });

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    [InlineData("")]
    public async Task Without_a_configured_key_the_load_is_refused_and_nothing_changes(string? key)
    {
        using var client = factory.CreateAnonymousClient();

        var response = await client.SendAsync(Post("/api/ingest/accounts", Accounts, key));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0L, AccountCount());
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/octet-stream")]
    [InlineData("application/vnd.ms-excel")]
    public async Task A_body_loads_whatever_content_type_the_client_sends(string type)
    {
        using var client = factory.CreateClient();
        using var request = Post("/api/ingest/accounts?filename=crm.csv", Accounts, Key);
        request.Content!.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(type);

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2L, AccountCount());
    }

    [Fact]
    public async Task A_csv_body_loads_and_answers_the_load_report()
    {
        using var client = factory.CreateClient();

        var response = await client.SendAsync(Post("/api/ingest/accounts?filename=crm.csv", Accounts, Key));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("accounts", report.GetProperty("kind").GetString());
        Assert.True(report.GetProperty("committed").GetBoolean());
        Assert.Equal((2, 2, 0), (report.GetProperty("rowsRead").GetInt32(), report.GetProperty("inserted").GetInt32(), report.GetProperty("replaced").GetInt32()));
        Assert.Equal("crm.csv", report.GetProperty("files")[0].GetString());
        Assert.Equal(2L, AccountCount());
    }

    [Fact]
    public async Task A_multipart_upload_loads_its_file()
    {
        using var client = factory.CreateClient();
        using var form = new MultipartFormDataContent { { new StringContent(Accounts), "file", "accounts.csv" } };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/ingest/accounts") { Content = form };
        request.Headers.Add("X-Api-Key", Key);

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2L, AccountCount());
    }

    [Fact]
    public async Task Invalid_rows_answer_422_naming_the_uploaded_file_line_and_column()
    {
        using var client = factory.CreateClient();

        var response = await client.SendAsync(Post("/api/ingest/accounts?filename=crm.csv", "account_id,name,segment\nA1,Acme,SMB\nA2,Globex,Galactic\n", Key));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(report.GetProperty("committed").GetBoolean());
        var error = Assert.Single(report.GetProperty("errors").EnumerateArray());
        Assert.Equal(("crm.csv", 3, "segment", "Galactic", "must be one of SMB, Mid-Market, Enterprise"), (
            error.GetProperty("file").GetString(), error.GetProperty("line").GetInt32(), error.GetProperty("column").GetString(),
            error.GetProperty("value").GetString(), error.GetProperty("reason").GetString()));
        Assert.Equal(0L, AccountCount());
    }

    [Fact]
    public async Task Arr_movements_load_over_http_and_one_that_takes_arr_below_0_answers_422_loading_nothing()
    {
        using var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Post("/api/ingest/accounts", Accounts, Key))).StatusCode);
        const string Header = "movement_id,account_id,effective_on,kind,arr_change\n";

        var refused = await client.SendAsync(Post("/api/ingest/revenue?filename=arr.csv", Header + "M1,A1,2025-01-01,new,100\nM2,A1,2025-02-01,contraction,-150\n", Key));
        var loaded = await client.SendAsync(Post("/api/ingest/revenue?filename=arr.csv", Header + "M1,A1,2025-01-01,new,100\nM2,A1,2025-02-01,contraction,-50\n", Key));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var error = Assert.Single((await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateArray());
        Assert.Equal("arr.csv:3: column 'arr_change' value '-150': takes the account's ARR below 0 (ARR before it: 100.00)", error.GetProperty("message").GetString());
        Assert.Equal(HttpStatusCode.OK, loaded.StatusCode);
        using var connection = factory.Database.Connect();
        Assert.Equal(50m, connection.Query("SELECT sum(arr_change) FROM fact_revenue_movement").Scalar());
    }

    [Theory]
    [InlineData("/api/ingest/invoices")]
    [InlineData("/api/ingest/accounts?format=salesforce")]
    [InlineData("/api/ingest/accounts?cesScale=stars")]
    public async Task An_unknown_kind_or_format_is_a_bad_request(string url)
    {
        using var client = factory.CreateClient();

        var response = await client.SendAsync(Post(url, Accounts, Key));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0L, AccountCount());
    }

    internal static HttpRequestMessage Post(string url, string csv, string? key)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(csv, Encoding.UTF8, "text/csv") };
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }
        return request;
    }

    private long AccountCount()
    {
        using var connection = factory.Database.Connect();
        return (long)connection.Query("SELECT count(*) FROM dim_account").Scalar()!;
    }

    public void Dispose() => factory.Dispose();
}
