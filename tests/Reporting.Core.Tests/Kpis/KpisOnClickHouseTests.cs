using Reporting.Core.Cube;
using Reporting.Core.Health;
using Reporting.Core.Kpis;
using Reporting.Core.Revenue;
using Reporting.Core.Storage;
using Reporting.Core.Warehouse;
using Reporting.Tests.Chdb;

namespace Reporting.Core.Tests.Kpis;

/// <summary>
/// Every KPI of reports/kpis.yaml over the hand-written fixture (whose numbers KpiWholeSetTests
/// works out), its cube queries run on embedded ClickHouse after the fixture is published there:
/// the same values, observations and low-sample flags as on DuckDB, for the whole book, a segment
/// over a quarter, one account over a month, and an account onboarded late.
/// </summary>
public sealed class KpisOnClickHouseTests
{
    private static readonly IComputedKpis[] Computed = [new AccountHealthKpis(), new RevenueKpis()];

    [Theory]
    [InlineData(null, null, null, null)]
    [InlineData(null, "SMB", "2026-01-01", "2026-03-31")]
    [InlineData("A3", null, "2026-02-01", "2026-02-28")]
    [InlineData("A4", null, null, null)]
    public void Every_kpi_is_the_same_as_on_DuckDB(string? account, string? segment, string? from, string? to)
    {
        using var fixture = new KpiFixture();
        using var clickHouse = ReportingDatabase.Open(TestWarehouses.NewLocation());
        using (var duckDb = fixture.Database.Connect())
        {
            WarehousePublisher.Publish(duckDb, clickHouse.Warehouse!, WarehouseTables.Names);
        }
        var onClickHouse = new KpiCalculator(fixture.Catalog, new CubeEngine(fixture.Model, clickHouse, fixture.Catalog.LowSampleBelow), fixture.Database, Computed);
        var filter = new KpiFilter(account, segment, Date(from), Date(to));

        var expected = KpiFixture.Lines(new KpiCalculator(fixture.Catalog, fixture.Engine, fixture.Database, Computed).Compute(filter, KpiFixture.Today));

        Assert.Equal(expected, KpiFixture.Lines(onClickHouse.Compute(filter, KpiFixture.Today)));
        Assert.Contains(expected, line => line.StartsWith("nps = ", StringComparison.Ordinal) && !line.Contains("null", StringComparison.Ordinal));
    }

    private static DateOnly? Date(string? text) => text is null ? null : DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
