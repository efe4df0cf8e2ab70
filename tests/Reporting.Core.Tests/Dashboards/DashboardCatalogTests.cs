using Reporting.Core.Dashboards;
using Reporting.Core.Tests.Kpis;

namespace Reporting.Core.Tests.Dashboards;

/// <summary>reports/dashboards/*.yaml against the shipped model and KPI catalog, and what a bad file is told.</summary>
public sealed class DashboardCatalogTests(KpiFixture fixture) : IClassFixture<KpiFixture>
{
    private static readonly HashSet<string> Panels = ["verbatims", "accounts_at_risk", "survey_plan", "revenue"];

    [Fact]
    public void The_shipped_dashboards_load_in_navigation_order()
    {
        var catalog = DashboardCatalog.Load(DashboardCatalog.DefaultFolder, fixture.Model, fixture.Catalog, Panels);

        Assert.Equal(["overview", "sentiment", "support", "engagement", "surveys", "revenue", "account"], catalog.Dashboards.Select(d => d.Id));
        Assert.Equal([6, 6, 6, 6, 6, 12, 6], catalog.Dashboards.Select(d => d.DefaultMonths));
        Assert.True(catalog.Find("account")!.PerAccount);
        var themes = catalog.Find("sentiment")!.Charts.Single(c => c.Id == "themes_by_group");
        Assert.Equal(("surveys", "nps_group", true), (themes.Cube, themes.Breakdown, themes.MeasuresAsCategories));
        Assert.Equal(["nps"], themes.Filters["survey_type"]);
    }

    [Theory]
    [InlineData("tiles: [nps, no_such_kpi]", "dashboard 'd': tile 'no_such_kpi' is not a KPI of kpis.yaml with a measure or components")]
    [InlineData("tiles: [revenue_at_risk]", "dashboard 'd': tile 'revenue_at_risk' is not a KPI of kpis.yaml with a measure or components")]
    [InlineData("panels: [gossip]", "dashboard 'd': panel 'gossip' is not one of accounts_at_risk, revenue, survey_plan, verbatims")]
    [InlineData("default_months: 0", "dashboard 'd': default_months must be 1 to 36")]
    [InlineData("charts: [{id: c, title: C, type: pie, kpis: [nps], over_time: true}]", "dashboard 'd', chart 'c': type 'pie' is not one of line, bar, stacked-bar, horizontal-bar")]
    [InlineData("charts: [{id: c, title: C, kpis: [nps, reopen_rate], over_time: true}]", "dashboard 'd', chart 'c': its measures come from several cubes (surveys, tickets); a chart draws one cube")]
    [InlineData("charts: [{id: c, title: C, measures: [tickets.nope], over_time: true}]", "dashboard 'd', chart 'c': 'tickets.nope' is not a measure of the model")]
    [InlineData("charts: [{id: c, title: C, kpis: [reopen_rate], breakdown: shoe_size}]", "dashboard 'd', chart 'c': breakdown 'shoe_size' is not a dimension of cube 'tickets'")]
    [InlineData("charts: [{id: c, title: C, kpis: [reopen_rate]}]", "dashboard 'd', chart 'c': needs over_time, a breakdown, or both")]
    [InlineData("charts: [{id: c, title: C, kpis: [reopen_rate], over_time: true, colors: [good, red]}]", "dashboard 'd', chart 'c': colors must name one colour per series (1)")]
    [InlineData("charts: [{id: c, title: C, kpis: [reopen_rate], over_time: true, breakdown_colors: {P1: bad}}]", "dashboard 'd', chart 'c': breakdown_colors needs a breakdown")]
    [InlineData("charts: [{id: c, title: C, kpis: [reopen_rate], breakdown: priority, breakdown_colors: {P1: red}}]", "dashboard 'd', chart 'c': breakdown_colors are tokens: good, warn, bad, muted, series-1, series-2, series-3, series-4, series-5, series-6, series-7, series-8")]
    [InlineData("charts: [{id: c, title: C, kpis: [reopen_rate], over_time: true}, {id: c, title: D, kpis: [nps], over_time: true}]", "dashboard 'd': chart id 'c' is used twice")]
    public void A_bad_dashboard_is_refused_naming_the_file_and_chart(string body, string message)
    {
        var error = Assert.Throws<DashboardException>(() => Parse(("bad.yaml", "id: d\ntitle: D\n" + body)));

        Assert.Equal("bad.yaml: " + message, error.Message);
    }

    [Fact]
    public void Two_files_cannot_share_an_id()
    {
        var error = Assert.Throws<DashboardException>(() => Parse(("a.yaml", "id: d\ntitle: A"), ("b.yaml", "id: d\ntitle: B")));

        Assert.Equal("b.yaml: dashboard id 'd' is also used by a.yaml", error.Message);
    }

    [Fact]
    public void A_file_that_is_not_yaml_names_the_line()
    {
        var error = Assert.Throws<DashboardException>(() => Parse(("bad.yaml", "id: d\ntitle: [unclosed")));

        Assert.StartsWith("bad.yaml: line 2", error.Message);
    }

    private DashboardCatalog Parse(params (string File, string Text)[] files) =>
        DashboardCatalog.Parse(files, fixture.Model, fixture.Catalog, Panels);
}
