using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Reporting.Core.Access;

namespace Reporting.Web.Tests.SignIn;

/// <summary>What each role may open and what it is refused: admins everything, leaders and CSMs read and export, viewers neither verbatims nor exports.</summary>
public sealed class RoleAccessTests(TeamSite site) : IClassFixture<TeamSite>
{
    private const string CubeCsv = "/api/cube/csv?query=%7B%22measures%22%3A%5B%22tickets.count%22%5D%7D";

    private static readonly HtmlParser Parser = new();

    public static TheoryData<string, string, string, HttpStatusCode> Routes => new()
    {
        { TeamSite.Leader, "GET", "/accounts", HttpStatusCode.OK },
        { TeamSite.Leader, "GET", CubeCsv, HttpStatusCode.OK },
        { TeamSite.Leader, "GET", "/api/surveys/plan.csv?month=2026-03", HttpStatusCode.OK },
        { TeamSite.Leader, "GET", "/data", HttpStatusCode.Forbidden },
        { TeamSite.Leader, "GET", "/settings/embed", HttpStatusCode.Forbidden },
        { TeamSite.Leader, "GET", "/embed-demo", HttpStatusCode.Forbidden },
        { TeamSite.Leader, "GET", "/admin/audit", HttpStatusCode.Forbidden },
        { TeamSite.Leader, "POST", "/api/cube/sql", HttpStatusCode.Forbidden },
        { TeamSite.Leader, "POST", "/api/embed/token", HttpStatusCode.Forbidden },
        { TeamSite.Leader, "POST", "/api/ingest/accounts", HttpStatusCode.Forbidden },
        { TeamSite.Kim, "GET", CubeCsv, HttpStatusCode.OK },
        { TeamSite.Kim, "GET", "/admin/audit", HttpStatusCode.Forbidden },
        { TeamSite.Kim, "POST", "/api/ingest/accounts", HttpStatusCode.Forbidden },
        { TeamSite.Viewer, "GET", "/", HttpStatusCode.OK },
        { TeamSite.Viewer, "GET", "/api/kpis", HttpStatusCode.OK },
        { TeamSite.Viewer, "GET", CubeCsv, HttpStatusCode.Forbidden },
        { TeamSite.Viewer, "GET", "/api/surveys/plan.csv?month=2026-03", HttpStatusCode.Forbidden },
        { TeamSite.Viewer, "GET", "/api/surveys/plan?month=2026-03&format=csv", HttpStatusCode.Forbidden },
        { TeamSite.Viewer, "GET", "/api/surveys/plan?month=2026-03", HttpStatusCode.OK },
        { TeamSite.Viewer, "GET", "/accounts/A1/ebr.pdf", HttpStatusCode.Forbidden },
        { TeamSite.Viewer, "GET", "/data", HttpStatusCode.Forbidden },
        { TeamSignIn.Admin, "GET", "/data", HttpStatusCode.OK },
        { TeamSignIn.Admin, "GET", "/settings/embed", HttpStatusCode.OK },
        { TeamSignIn.Admin, "GET", "/admin/audit", HttpStatusCode.OK },
        { TeamSignIn.Admin, "POST", "/api/cube/sql", HttpStatusCode.OK },
        { TeamSignIn.Admin, "POST", "/api/embed/token", HttpStatusCode.OK },
    };

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task Each_role_opens_what_it_may_and_is_refused_the_rest(string email, string method, string path, HttpStatusCode expected)
    {
        using var client = await site.As(email);
        object body = path.Contains("embed", StringComparison.Ordinal) ? new { resource = "dashboard:support" } : new { measures = new[] { "tickets.count" } };

        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = method == "POST" ? JsonContent.Create(body) : null });

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Forbidden && path.StartsWith("/api", StringComparison.Ordinal))
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [Fact]
    public async Task A_viewer_sees_no_verbatims_and_no_download_links()
    {
        using var viewer = await site.As(TeamSite.Viewer);
        using var leader = await site.As(TeamSite.Leader);
        const string Sentiment = "/dashboards/sentiment?from=2026-01-01&to=2026-03-31";

        var viewerPage = Parser.ParseDocument(await viewer.GetStringAsync(Sentiment));
        var leaderPage = Parser.ParseDocument(await leader.GetStringAsync(Sentiment));
        var viewerJson = await viewer.GetFromJsonAsync<JsonElement>("/api/dashboards/sentiment?from=2026-01-01&to=2026-03-31");

        Assert.Null(viewerPage.GetElementById("verbatims"));
        Assert.Empty(viewerPage.QuerySelectorAll("a[download]"));
        Assert.NotNull(leaderPage.GetElementById("verbatims"));
        Assert.NotEmpty(leaderPage.QuerySelectorAll("a[data-csv]"));
        Assert.False(viewerJson.TryGetProperty("verbatims", out var verbatims) && verbatims.ValueKind != JsonValueKind.Null);
    }

    [Fact]
    public async Task Admins_read_the_audit_log_newest_first_escaped()
    {
        using var anonymous = site.Factory.CreateAnonymousClient();
        await anonymous.PostSignInAsync("<script>alert(1)</script>@x", "nope-nope-nope");
        await site.Admin.GetAsync(CubeCsv);

        var page = Parser.ParseDocument(await site.Admin.GetStringAsync("/admin/audit"));
        var html = page.DocumentElement.OuterHtml;
        var rows = page.QuerySelectorAll("[data-testid=audit-table] tbody tr").Select(r => r.Children.Select(c => c.TextContent).ToArray()).ToList();

        Assert.Equal([TeamSignIn.Admin, AuditActions.ExportCsv, CubeCsv, "ok", "query.csv"], new[] { rows[0][1], rows[0][2], rows[0][3], rows[0][5], rows[0][6] });
        Assert.Equal(["<script>alert(1)</script>@x", AuditActions.SignInFailed], new[] { rows[1][1], rows[1][2] });
        Assert.DoesNotContain("<script>alert(1)", html, StringComparison.Ordinal);
    }
}
