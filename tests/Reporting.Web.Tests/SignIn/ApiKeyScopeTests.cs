using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Reporting.Core.Access;

namespace Reporting.Web.Tests.SignIn;

/// <summary>
/// API keys with scopes (Reporting:Auth:ApiKeys) beside the bare keys of Reporting:ApiKeys, which keep
/// what they could do before scopes: load data and mint embed tokens.
/// </summary>
public sealed class ApiKeyScopeTests : IDisposable
{
    private const string Bare = "bare-key-of-before";
    private const string Reader = "reader-key";
    private const string Loader = "loader-key";

    private readonly ReportingWebFactory factory = new(new()
    {
        ["Tests:Seed"] = "false",
        ["Reporting:ApiKeys:0"] = Bare,
        ["Reporting:Auth:ApiKeys:0:Name"] = "bi-tool",
        ["Reporting:Auth:ApiKeys:0:Key"] = Reader,
        ["Reporting:Auth:ApiKeys:0:Scopes:0"] = "read",
        ["Reporting:Auth:ApiKeys:1:Name"] = "crm-export",
        ["Reporting:Auth:ApiKeys:1:Key"] = Loader,
        ["Reporting:Auth:ApiKeys:1:Scopes:0"] = "ingest",
    });

    [Theory]
    [InlineData(Reader, "GET", "/api/kpis", HttpStatusCode.OK)]
    [InlineData(Reader, "GET", "/api/cube/meta", HttpStatusCode.OK)]
    [InlineData(Reader, "POST", "/api/ingest/accounts", HttpStatusCode.Forbidden)]
    [InlineData(Reader, "POST", "/api/embed/token", HttpStatusCode.Forbidden)]
    [InlineData(Reader, "POST", "/api/cube/sql", HttpStatusCode.Forbidden)]
    [InlineData(Loader, "GET", "/api/kpis", HttpStatusCode.Forbidden)]
    [InlineData(Loader, "POST", "/api/ingest/accounts", HttpStatusCode.OK)]
    [InlineData(Loader, "POST", "/api/embed/token", HttpStatusCode.Forbidden)]
    [InlineData(Bare, "GET", "/api/kpis", HttpStatusCode.Forbidden)]
    [InlineData(Bare, "POST", "/api/ingest/accounts", HttpStatusCode.OK)]
    [InlineData(Bare, "POST", "/api/embed/token", HttpStatusCode.OK)]
    [InlineData("not-a-key", "GET", "/api/kpis", HttpStatusCode.Unauthorized)]
    public async Task A_key_reaches_what_its_scopes_allow(string key, string method, string path, HttpStatusCode expected)
    {
        using var client = factory.CreateAnonymousClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        request.Headers.Add("X-Api-Key", key);
        request.Content = path switch
        {
            "/api/ingest/accounts" => new StringContent("account_id,name,segment\nK1,Keyed,SMB\n", System.Text.Encoding.UTF8, "text/csv"),
            "/api/embed/token" => JsonContent.Create(new { resource = "dashboard:support" }),
            _ => method == "POST" ? JsonContent.Create(new { measures = new[] { "tickets.count" } }) : null,
        };

        var response = await client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
        if (expected is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task A_load_and_a_mint_are_audited_under_the_keys_name()
    {
        using var client = factory.CreateAnonymousClient();

        (await client.PostCsvAsync(Loader, "accounts", "account_id,name,segment\nK2,Keyed too,SMB\n")).EnsureSuccessStatusCode();
        using var mint = new HttpRequestMessage(HttpMethod.Post, "/api/embed/token") { Content = JsonContent.Create(new { resource = "dashboard:support" }) };
        mint.Headers.Add("X-Api-Key", Bare);
        var token = (await (await client.SendAsync(mint)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;

        var recent = new AuditLog(factory.Database).Recent(2);
        Assert.Equal("api-key-1|embed-mint|dashboard:support", $"{recent[0].Actor}|{recent[0].Action}|{recent[0].Target}");
        Assert.Equal("crm-export|load|accounts accounts.csv|ok|1 read, 1 inserted, 0 replaced, 0 rejected",
            $"{recent[1].Actor}|{recent[1].Action}|{recent[1].Target}|{recent[1].Outcome}|{recent[1].Detail}");
        Assert.DoesNotContain(recent, e => $"{e.Actor}{e.Target}{e.Detail}".Contains(token, StringComparison.Ordinal) || $"{e.Actor}{e.Detail}".Contains(Loader, StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_scope_stops_start_up_naming_the_setting()
    {
        using var bad = new ReportingWebFactory(new()
        {
            ["Tests:Seed"] = "false",
            ["Reporting:Auth:ApiKeys:0:Name"] = "typo",
            ["Reporting:Auth:ApiKeys:0:Key"] = "k",
            ["Reporting:Auth:ApiKeys:0:Scopes:0"] = "write",
        });

        var error = Assert.ThrowsAny<Exception>(() => bad.CreateAnonymousClient());

        Assert.Contains("Reporting:Auth:ApiKeys:0:Scopes names 'write'; the scopes are ingest, embed:mint, read.", error.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => factory.Dispose();
}
