using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Reporting.Tests.Pdf;
using Reporting.Documents.Dashboards;

namespace Reporting.Web.Tests.Ebr;

/// <summary>
/// The pack of "death by handoffs" (HND, Relay Ltd) from the hand-written scenario fixture (Core
/// tests' Signals/Fixture/scenarios.sql) for January–March 2026, the server's clock at 1 April 2026:
/// its numbers computed by hand below, its plan the one ScenarioPlanTests derives.
/// </summary>
public sealed class EbrScenarioTests(ScenarioPack scenario) : IClassFixture<ScenarioPack>
{
    private const string Dates = ScenarioPack.Dates;

    private readonly ReportingWebFactory factory = scenario.Factory;

    private readonly HttpClient client = scenario.Client;

    private readonly string pdf = scenario.Pdf;

    [Fact]
    public void The_support_table_carries_the_hand_computed_numbers_against_the_previous_period_and_the_segment()
    {
        var text = Poppler.Text(pdf, layout: true);

        // Each row: this period, previous, change, the segment's median, target (after a "low sample (n = 5)" note).
        // Tickets H05–H09 (Jan–Mar): 5 solved, H05 and H07 reopened: 2 / 5 = 40.0 %; H01–H04 (Oct–Dec): 0 of 4.
        // Mid-Market is HND and RCV, and RCV has no tickets: the segment's median is HND's own value.
        Assert.Matches(@"Reopen rate[^\n]*?\s40\.0 %\s+0\.0 %\s+\+40\.0 %\s+40\.0 %\s+5\.0 %", text);
        // Assignee stations 4, 3, 5, 2, 3: handoffs 3 + 2 + 4 + 1 + 2 = 12 over 5 tickets = 2.40; one pair of hands before.
        Assert.Matches(@"Handoffs per ticket[^\n]*?\s2\.40\s+0\.00\s+\+2\.40\s+2\.40\s+0\.50", text);
        // Solved 48 h after creation now, 24 h before; first replies at 30 minutes in both periods.
        Assert.Matches(@"Time to resolution \(median, hours\)[^\n]*?\s48\.0 h\s+24\.0 h\s+\+24\.0 h\s+48\.0 h", text);
        Assert.Matches(@"P3\s+30\.0 min\s+30\.0 min\s+30\.0 min\s+48\.0 h\s+24\.0 h\s+48\.0 h", text);
        Assert.Matches(@"P1\s+—\s+—\s+—\s+—\s+—\s+—", text);
    }

    [Fact]
    public async Task The_summary_tiles_are_the_kpi_api_answers_and_nps_is_the_hand_computed_one()
    {
        var kpis = (await client.GetFromJsonAsync<JsonElement>($"/api/kpis?account=HND&{Dates}")).GetProperty("kpis");
        var catalog = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<Core.Kpis.KpiCatalog>(factory.Services);
        string Shown(string id) => DisplayFormat.Value(kpis.GetProperty(id).GetProperty("value") is { ValueKind: JsonValueKind.Number } v ? v.GetDouble() : null,
            catalog.Kpi(id)!.Decimals, catalog.Kpi(id)!.Unit);
        var summary = Poppler.Text(pdf, layout: true, first: 2, last: 2);

        // NPS answers HN7–HN9: 8, 5, 3: no promoter, two detractors of three: 100 × (0 − 2) / 3 = −66.7.
        Assert.Equal("-66.7", Shown("nps"));
        Assert.Matches(new Regex(@"^\s*" + string.Join(@"\s{2,}", new[] { "nps", "csat", "ces" }.Select(id => Regex.Escape(Shown(id)))) + @"\s*$", RegexOptions.Multiline), summary);
        Assert.Matches(new Regex(@"^\s*" + string.Join(@"\s{2,}", new[] { "frt_median_minutes", "reopen_rate", "engagement_index" }.Select(id => Regex.Escape(Shown(id)))) + @"\s*$", RegexOptions.Multiline), summary);
        // NPS 33.3 in Oct–Dec (10, 8, 8): down 100.0 points.
        Assert.Contains("−100.0 vs previous", summary);
    }

    [Fact]
    public async Task The_risks_are_the_fired_signals_and_every_action_of_the_plan_is_there()
    {
        var plan = await client.GetFromJsonAsync<JsonElement>("/api/accounts/HND/plan?date=2026-04-01");
        var text = Poppler.Squeezed(Poppler.Text(pdf));

        // ScenarioPlanTests: 14 actions, from "threshold_alerts" (called by two signals) to "runbook_library".
        Assert.Equal(14, plan.GetProperty("actions").GetArrayLength());
        Assert.All(plan.GetProperty("actions").EnumerateArray(), a => Assert.Contains(Poppler.Squeezed(a.GetProperty("title").GetString()!), text));
        // The fired signals of ScenarioSignalTests, most severe first.
        Assert.Contains(Poppler.Squeezed("Risks NPS or CSAT falling or below target"), text);
        Assert.Contains(Poppler.Squeezed("Effort rising or customers chasing"), text);
        Assert.Contains(Poppler.Squeezed("Reopen rate rising"), text);
        Assert.Contains(Poppler.Squeezed("No KPI improved clearly against the previous period."), text);
    }
}
