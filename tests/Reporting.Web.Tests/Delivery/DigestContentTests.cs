using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using Reporting.Core.Access;
using Reporting.Core.Kpis;
using Reporting.Tests.Pdf;
using Reporting.Documents.Dashboards;
using Reporting.Documents.Delivery;
using Reporting.Web.Tests.SignIn;

namespace Reporting.Web.Tests.Delivery;

/// <summary>
/// The digest's words and the dashboard's PDF, composed in a CSM's scope on the KPI fixture (Lee's
/// book is Bolt A2; in the first quarter of 2026 its NPS answers were 2, 8, 9, 10, 7, 9: NPS 33.3 of 6).
/// </summary>
public sealed class DigestContentTests(TeamSite site) : IClassFixture<TeamSite>
{
    private const string FirstQuarter = "from=2026-01-01&to=2026-03-31";

    private static readonly HtmlParser Parser = new();

    private static readonly Dictionary<string, string> QuarterFilters = new() { ["from"] = "2026-01-01", ["to"] = "2026-03-31" };

    private static readonly Uri Live = new("https://reports.example/dashboards/overview");

    private static readonly Uri Unsubscribe = new("https://reports.example/unsubscribe?token=t");

    [Fact]
    public async Task A_csms_digest_shows_the_kpi_api_numbers_of_their_book_and_no_other_account()
    {
        var mail = DigestMail.Compose("Weekly", Snapshot(TeamSite.Lee, "overview", QuarterFilters), TeamSite.Lee, Live, Unsubscribe);
        using var lee = await site.As(TeamSite.Lee);
        var expected = await ShownKpis.ReadAsync(lee, site.Factory.Services, FirstQuarter);

        var tiles = Rows(mail.Html, "tiles");
        Assert.Equal(["33.3", "6 (low sample)"], [tiles["NPS"][1], tiles["NPS"][6]]);
        var titles = Titles();
        Assert.All(tiles, row => Assert.Equal(expected[titles[row.Key]], row.Value[1]));
        Assert.Contains("Bolt", mail.Html);
        Assert.All(new[] { "Acme", "Crane", "Dyna", "A1", "A3", "A4" }, other => Assert.DoesNotContain(">" + other + "<", mail.Html));
        Assert.Contains("- NPS; Value: 33.3; Target: 30.0; Status: good;", mail.Text);
        Assert.Equal("Weekly: Overview, Jan 2026 – Mar 2026", mail.Subject);
    }

    [Fact]
    public void The_same_dashboard_for_a_leader_counts_every_account()
    {
        var leader = DigestMail.Compose("Weekly", Snapshot(TeamSite.Leader, "overview", QuarterFilters), TeamSite.Leader, Live, Unsubscribe);
        var lee = DigestMail.Compose("Weekly", Snapshot(TeamSite.Lee, "overview", QuarterFilters), TeamSite.Lee, Live, Unsubscribe);

        Assert.NotEqual(Rows(lee.Html, "tiles")["NPS"][6], Rows(leader.Html, "tiles")["NPS"][6]);
    }

    [Fact]
    public void Hostile_text_is_escaped_in_the_html_and_has_no_control_characters_in_the_text_or_subject()
    {
        const string name = "</script><img src=x onerror=alert(1)> \"quoted\" 'single'\r\nBcc: evil@example.com\u0007";

        var mail = DigestMail.Compose(name, Snapshot(TeamSite.Lee, "overview", QuarterFilters), TeamSite.Lee, Live, Unsubscribe);

        Assert.DoesNotContain("</script>", mail.Html);
        Assert.DoesNotContain("<img", mail.Html);
        Assert.Contains("&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; &quot;quoted&quot; &#39;single&#39;  Bcc: evil@example.com", mail.Html);
        Assert.DoesNotContain(mail.Subject, c => char.IsControl(c));
        Assert.DoesNotContain('\u0007', mail.Text);
        Assert.DoesNotContain("\r\nBcc:", mail.Text);
    }

    [Fact]
    public void A_bad_period_or_filter_names_the_field()
    {
        var period = Assert.Throws<DeliveryContentException>(() => Take(TeamSite.Lee, "overview", new Dictionary<string, string>(), "last-week"));
        var filter = Assert.Throws<DeliveryContentException>(() => Take(TeamSite.Lee, "overview", new Dictionary<string, string> { ["colour"] = "red" }, null));
        var dashboard = Assert.Throws<DeliveryContentException>(() => Take(TeamSite.Lee, "nope", new Dictionary<string, string>(), null));

        Assert.Equal(("period", "colour", "dashboard"), (period.Field, filter.Field, dashboard.Field));
        Assert.Contains("last-N-days", period.Message);
    }

    [Fact]
    public void Another_csms_account_dashboard_is_refused_naming_the_account()
    {
        var refused = Assert.Throws<DeliveryContentException>(() => Take(TeamSite.Lee, "account", new Dictionary<string, string>(QuarterFilters) { ["account_id"] = "A4" }, null));

        Assert.Equal("account_id", refused.Field);
    }

    [Fact]
    public async Task The_dashboards_pdf_reads_back_with_the_accounts_numbers()
    {
        var filters = new Dictionary<string, string>(QuarterFilters) { ["account_id"] = "A2" };
        var snapshot = Snapshot(TeamSite.Lee, "account", filters);
        var pdf = await site.Factory.Services.GetRequiredService<DashboardPdf>().PrintAsync(snapshot, TeamSite.Lee, CancellationToken.None);
        var file = Path.Combine(site.Factory.Directory, "digest.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        using var lee = await site.As(TeamSite.Lee);
        var expected = await ShownKpis.ReadAsync(lee, site.Factory.Services, "account=A2&" + FirstQuarter);

        var text = Poppler.Text(file, layout: true);
        Assert.Contains("Account 360", text);
        Assert.Matches(@"(?m)^\s*33\.3\s{2,}", text);
        // Three tiles a row: each row's values stand on one line, in order, as /api/kpis gives them to Lee.
        foreach (var row in snapshot.View.Tiles.Chunk(3))
        {
            Assert.Matches(new Regex(@"^\s*" + string.Join(@"\s{2,}", row.Select(t => Regex.Escape(expected[t.Kpi]))) + @"\s*$", RegexOptions.Multiline), text);
        }
        Assert.Contains("Bolt", text);
        Poppler.SavePages(file, "dashboard-account-A2");
        Assert.Equal("dashboard-account-2026-01-01-2026-03-31.pdf", DashboardPdf.FileName(snapshot));
    }

    private DashboardSnapshot Snapshot(string email, string dashboard, IReadOnlyDictionary<string, string> filters) => Take(email, dashboard, filters, null);

    private DashboardSnapshot Take(string email, string dashboard, IReadOnlyDictionary<string, string> filters, string? period)
    {
        using (AccessScope.Enter(new TeamDirectory(site.Factory.Database).ScopeOf(email)))
        {
            return site.Factory.Services.GetRequiredService<DashboardSnapshots>().Take(dashboard, filters, period, new DateOnly(2026, 4, 15), CancellationToken.None);
        }
    }

    private Dictionary<string, string> Titles()
    {
        using var scope = site.Factory.Services.CreateScope();
        var model = site.Factory.Services.GetRequiredService<Core.Cube.Model.SemanticModel>();
        return site.Factory.Services.GetRequiredService<KpiCatalog>().Kpis.ToDictionary(k => DisplayFormat.KpiTitle(k, model), k => k.Id);
    }

    /// <summary>A mail table's body rows by their header cell, each row's cells in order.</summary>
    public static Dictionary<string, string[]> Rows(string html, string table) => Parser.ParseDocument(html)
        .QuerySelectorAll($"table[data-table={table}] tbody tr")
        .ToDictionary(r => r.Children[0].TextContent, r => r.Children.Select(c => c.TextContent).ToArray());
}
