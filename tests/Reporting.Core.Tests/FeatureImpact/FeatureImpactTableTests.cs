using Reporting.Core.FeatureImpact;
using Reporting.Core.Kpis;
using Reporting.Core.Tests.Kpis;

namespace Reporting.Core.Tests.FeatureImpact;

/// <summary>The Feature Impact Score by theme over kpi_fixture.sql, by hand.</summary>
public sealed class FeatureImpactTableTests : IDisposable
{
    private readonly KpiFixture fixture = new();

    [Fact]
    public void Themes_by_score_with_each_groups_part()
    {
        var rows = new FeatureImpactTable(fixture.Engine.Query).Rows(new KpiFilter(), KpiFixture.Today);

        // Requester's group from their latest NPS answer at or before the request, else the account's:
        // SSO: F01 A1/C13 (R15 9, promoter), F02 A1/C11 (R01 3, detractor), F03 A3/C33 (R23 9), F06 A3/C34 (R25 10), F07 A2/C22
        // (nothing before 5 January: unknown). Promoters 3 from A1 and A3: average CLV (100,000 + 400,000) / 2 = 250,000 → 750,000;
        // detractors 1 from A1 → 100,000: 850,000. Bulk export: F04 A2 (C23 none yet; A2's R03 2 → detractor) 1 × 50,000 and
        // F05 A4 (no contact; A4's R13 10 → promoter) 1 × 200,000: 250,000.
        Assert.Equal(
            ["SSO 850000 (5): promoter 3 × 250000, passive 0 × none, detractor 1 × 100000",
             "Bulk export 250000 (2): promoter 1 × 200000, passive 0 × none, detractor 1 × 50000"],
            rows.Select(r => $"{r.Theme} {r.Score} ({r.Requests}): {string.Join(", ", r.Groups.Select(g => $"{g.Group} {g.Requests} × {Signals.ScenarioFixture.Number(g.AverageClv)}"))}"));
    }

    [Fact]
    public void Filtered_by_account_and_dates()
    {
        var rows = new FeatureImpactTable(fixture.Engine.Query).Rows(new KpiFilter(Account: "A1", From: new DateOnly(2026, 2, 1)), KpiFixture.Today);

        Assert.Equal([("SSO", 100000.0, 1L)], rows.Select(r => (r.Theme, r.Score, r.Requests)));   // F01 only: a promoter, CLV 100,000
    }

    public void Dispose() => fixture.Dispose();
}
