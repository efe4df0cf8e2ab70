using Reporting.Core.Cube.Querying;
using Reporting.Core.Dashboards;
using Reporting.Core.Kpis;
using Reporting.Core.Tests.Kpis;

namespace Reporting.Core.Tests.Dashboards;

/// <summary>KPI tiles over the hand-written KPI fixture: SMB (A1 Acme, A2 Bolt), February and March 2026 against December and January.</summary>
public sealed class KpiTileCalculatorTests(KpiFixture fixture) : IClassFixture<KpiFixture>
{
    private static readonly DashboardFilters SmbFebruaryMarch = DashboardFilters.Parse(
        [new("segment", "SMB"), new("from", "2026-02-01"), new("to", "2026-03-31")], KpiFixture.Today);

    [Fact]
    public void Nps_for_the_range_the_months_before_and_each_month()
    {
        var tile = Compute("nps");

        // SMB NPS answers. January: R01 3, R02 5, R03 2 (detractors), R16 8 (passive), R14 10, R18 9 (promoters).
        // February: R09 6 (detractor), R10 8 (passive), R15 9, R19 10. March: R17 7, R20 7, R08 9, R21 9.
        // February–March: 4 promoters, 1 detractor of 8: 100 × 3 / 8 = 37.5. December–January: 100 × (2 − 3) / 6 = −16.7.
        Assert.Equal(new KpiValue(37.5, 8, true), tile.Current);
        Assert.Equal(new KpiValue(-16.7, 6, true), tile.Previous);
        Assert.Equal(new DateRange(new DateOnly(2025, 12, 1), new DateOnly(2026, 1, 31)), tile.PreviousRange);
        Assert.Equal(54.2, tile.Change);
        // nps_margin: p = 0.5, d = 0.125: 196 × sqrt((0.625 − 0.375²) / 8) = 48.2; both samples are low, so no claim.
        Assert.Equal(48.2, tile.Margin);
        Assert.False(tile.Significant);
        Assert.Equal(KpiStatus.Good, tile.Status);
        // February: 100 × (2 − 1) / 4 = 25. March: 100 × (2 − 0) / 4 = 50.
        Assert.Equal([new KpiPoint(new DateOnly(2026, 2, 1), 25.0), new KpiPoint(new DateOnly(2026, 3, 1), 50.0)], tile.Sparkline);
    }

    [Fact]
    public void Reopen_rate_fell_which_is_the_good_way()
    {
        var tile = Compute("reopen_rate");

        // February–March SMB tickets solved once: T04, T09, T10 (T05, T06 never solved); none reopened.
        // December–January: T01, T02 (1 reopen), T03, T07, T08 (2 reopens): 2 of 5 = 40 %.
        Assert.Equal(new KpiValue(0.0, 3, true), tile.Current);
        Assert.Equal(new KpiValue(40.0, 5, true), tile.Previous);
        Assert.Equal(-40.0, tile.Change);
        Assert.True(tile.Improved);
        Assert.Equal(KpiStatus.Good, tile.Status);
    }

    [Fact]
    public void A_tile_equals_the_kpi_calculator_for_the_same_segment_and_dates()
    {
        var tiles = new KpiTileCalculator(fixture.Catalog, fixture.Model, fixture.Engine.Query)
            .Compute([.. Tileable.Select(k => k.Id)], SmbFebruaryMarch, KpiFixture.Today);
        var kpis = fixture.Compute(new KpiFilter(Segment: "SMB", From: new DateOnly(2026, 2, 1), To: new DateOnly(2026, 3, 31)));

        Assert.Equal(Tileable.Select(k => $"{k.Id}={kpis.Kpis[k.Id].Value}/{kpis.Kpis[k.Id].N}"), tiles.Select(t => $"{t.Kpi.Id}={t.Current.Value}/{t.Current.N}"));
    }

    /// <summary>The KPIs a tile can show: those of a measure or of other KPIs (not those computed from each account's health).</summary>
    private IEnumerable<KpiDefinition> Tileable => fixture.Catalog.Kpis.Where(k => k.Computed is null);

    private KpiTile Compute(string kpi) =>
        Assert.Single(new KpiTileCalculator(fixture.Catalog, fixture.Model, fixture.Engine.Query).Compute([kpi], SmbFebruaryMarch, KpiFixture.Today));
}
