using Reporting.Core.Health;
using Reporting.Core.Kpis;
using Reporting.Core.Revenue;
using Reporting.Core.Storage;

namespace Reporting.Core.Tests.Kpis;

/// <summary>The SLA targets and key features of reports/kpis.yaml reach the tables the model joins.</summary>
public sealed class KpiSettingsTablesTests : IDisposable
{
    private readonly KpiFixture fixture = new();

    [Fact]
    public void The_shipped_settings_match_the_migration_defaults_so_nothing_is_written()
    {
        var version = Version();

        Assert.False(KpiSettingsTables.Apply(fixture.Catalog, fixture.Database));
        Assert.Equal(version, Version());
    }

    [Fact]
    public void A_changed_target_moves_the_kpis_and_bumps_the_data_version()
    {
        var version = Version();
        var stricter = new KpiCatalog("t.yaml", fixture.Catalog.Kpis)
        {
            Sla = new Dictionary<string, SlaTarget>(fixture.Catalog.Sla) { ["P1"] = new SlaTarget(40, 8) },
            KeyFeatures = ["dashboards", "reports", "alerts", "sso"],
            Cubes = fixture.Catalog.Cubes,
        };

        Assert.True(KpiSettingsTables.Apply(stricter, fixture.Database));

        Assert.Equal(version + 1, Version());
        var results = new KpiCalculator(stricter, fixture.Engine, fixture.Database, [new AccountHealthKpis(), new RevenueKpis()]).Compute(new KpiFilter(), KpiFixture.Today);
        // P1 target 40 minutes: T02 55, T17 45, T20 50 now breach too (T01 30, T07 20, T12 10 do not), besides
        // T03 T10 T11 T18 T19 T06 T15 → 10 of the same 20 due (T21, 30 minutes old, is still not due).
        Assert.Equal(50.0, results.Kpis["sla_breach_rate"].Value);
        // Key features now dashboards, reports, alerts, sso: A1 3, A3 sso + dashboards 2, A4 reports 1 = 6 of 4 × 4.
        Assert.Equal(37.5, results.Kpis["feature_adoption"].Value);
    }

    private long Version()
    {
        using var connection = fixture.Database.Connect();
        return DataVersion.Current(connection);
    }

    public void Dispose() => fixture.Dispose();
}
