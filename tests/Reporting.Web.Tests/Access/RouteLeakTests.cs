using Reporting.DuckDb;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Reporting.Core.Access;
using Reporting.Tests.Pdf;

namespace Reporting.Web.Tests.Access;

/// <summary>
/// Every route the app maps, as a CSM and as nobody: a CSM reads nothing of another CSM's accounts on
/// any path (not their ids, names or CSMs, and no number that counts their rows), and without signing
/// in every route but the open few refuses. The reads run on DuckDB and on ClickHouse.
/// </summary>
public abstract class RouteLeakTests<TSite>(TSite site) : IClassFixture<TSite>
    where TSite : LeakSite
{
    protected TSite Site => site;

    [Fact]
    public void The_pruned_site_holds_exactly_the_rows_the_csm_may_read()
    {
        using (AccessScope.Enter(new TeamDirectory(site.Full.Database).ScopeOf(LeakSite.Csm)))
        {
            Assert.Equal(Counts(site.Full), Counts(site.Pruned));
        }
        Assert.NotEmpty(site.OwnAccounts);
        Assert.NotEmpty(site.Others);
        Assert.Contains(site.Markers, m => m.StartsWith("ACC-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_csm_reads_nothing_of_other_accounts_on_any_route()
    {
        using var csm = await site.Full.CreateClientAsync(LeakSite.Csm);
        using var admin = await site.Pruned.CreateAdminClientAsync();
        var leaks = new List<string>();
        foreach (var request in site.Routes.Where(r => !RouteRequests.IsOutOfScope(RouteRequests.Pattern(r))).SelectMany(r => RouteRequests.For(r, site)))
        {
            var mine = await Answer.Of(csm, request);
            var theirs = await Answer.Of(admin, request);
            if ((int)mine.Status >= 500)
            {
                leaks.Add($"{request}: {(int)mine.Status}");
            }
            // The admin's data holds no other account: what shows there too is the request's own echo or the app's text.
            leaks.AddRange(site.Markers
                .Where(m => mine.Text.Contains(m, StringComparison.OrdinalIgnoreCase) && !theirs.Text.Contains(m, StringComparison.OrdinalIgnoreCase))
                .Select(m => $"{request}: {(int)mine.Status} shows '{m}'"));
            if (mine.Status == HttpStatusCode.OK && mine.IsJson && request.Route != "api/cube/stats" && theirs.Text != mine.Text)
            {
                leaks.Add($"{request}: answers otherwise than an admin on the data of the CSM's accounts alone:\n  {Cut(mine.Text)}\n  {Cut(theirs.Text)}");
            }
        }

        Assert.True(leaks.Count == 0, string.Join("\n", leaks));
    }

    private static string Cut(string text) => text.Length <= 400 ? text : text[..400] + "…";

    private static long[] Counts(ReportingWebFactory factory)
    {
        using var facts = factory.Database.ConnectFacts();
        string[] tables = ["dim_account", "fact_ticket", "fact_survey_response", "fact_engagement", "fact_revenue_movement", "fact_detractor_case"];
        return tables.Select(t => Convert.ToInt64(facts.Query($"SELECT count(*) FROM {t}").Scalar())).ToArray();
    }

    /// <summary>An answer's status and the text a reader would see in it: HTML and JSON unescaped, a PDF's text.</summary>
    private sealed record Answer(HttpStatusCode Status, string Text, bool IsJson)
    {
        public static async Task<Answer> Of(HttpClient client, RouteRequest request)
        {
            using var response = await client.SendAsync(request.Message());
            var type = response.Content.Headers.ContentType?.MediaType ?? "";
            var bytes = await response.Content.ReadAsByteArrayAsync();
            var json = type.EndsWith("json", StringComparison.Ordinal);
            var text = type switch
            {
                "application/pdf" => PdfText(bytes),
                _ when json => JsonText(bytes),
                _ => WebUtility.HtmlDecode(Encoding.UTF8.GetString(bytes)),
            };
            return new Answer(response.StatusCode, text, json);
        }

        private static string JsonText(byte[] bytes)
        {
            using var document = JsonDocument.Parse(bytes);
            // Re-written without escapes, so that a name with a quote or an ampersand is found as written.
            return JsonSerializer.Serialize(document.RootElement, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        }

        private static string PdfText(byte[] bytes)
        {
            var file = Path.GetTempFileName();
            try
            {
                File.WriteAllBytes(file, bytes);
                return Poppler.Flat(file);
            }
            finally
            {
                File.Delete(file);
            }
        }
    }
}

/// <summary>On DuckDB files; also what does not depend on the engine: the routes' enumeration and sign-in.</summary>
public sealed class RouteLeakTestsOnDuckDb(LeakSite site) : RouteLeakTests<LeakSite>(site)
{
    [Fact]
    public void Every_route_is_enumerated_and_each_has_its_requests()
    {
        var routes = Site.Routes.Where(r => !RouteRequests.IsOutOfScope(RouteRequests.Pattern(r))).ToList();

        Assert.True(routes.Count >= 30, $"only {routes.Count} routes found: is the endpoint data source read?");
        Assert.All(routes, r => Assert.NotEmpty(RouteRequests.For(r, Site)));
    }

    [Fact]
    public async Task Without_signing_in_pages_send_to_sign_in_and_apis_answer_401_on_every_route()
    {
        using var anonymous = Site.Full.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var wrong = new List<string>();
        foreach (var request in Site.Routes.Where(r => !RouteRequests.IsOutOfScope(RouteRequests.Pattern(r))).SelectMany(r => RouteRequests.For(r, Site)))
        {
            using var response = await anonymous.SendAsync(request.Message());
            var api = request.Url.StartsWith("/api/", StringComparison.Ordinal) || request.Url.StartsWith("/openapi/", StringComparison.Ordinal);
            var refused = api
                ? response.StatusCode == HttpStatusCode.Unauthorized
                : response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.AbsolutePath == "/signin";
            if (!refused)
            {
                wrong.Add($"{request}: {(int)response.StatusCode} {response.Headers.Location}");
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }
}

public sealed class RouteLeakTestsOnClickHouse(LeakSiteOnClickHouse site) : RouteLeakTests<LeakSiteOnClickHouse>(site);
