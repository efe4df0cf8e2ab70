using Reporting.Core.Health;
using Reporting.Core.Kpis;
using Reporting.Core.Revenue;
using Reporting.Core.Tests.Engines;

namespace Reporting.Core.Tests.Kpis;

/// <summary>The KPIs computed above Kpis (health, revenue) reach the calculator from its composition root.</summary>
public abstract class KpiComputedTests(TestEngine engine) : IDisposable
{
    private readonly KpiFixture fixture = new(engine);

    [Fact]
    public void A_calculator_without_the_health_computation_refuses_to_start_naming_the_first_such_kpi()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new KpiCalculator(fixture.Catalog, fixture.Engine, fixture.Database, [new RevenueKpis()]));

        Assert.Equal("KPI 'health_recovery_days' of kpis.yaml is computed from 'account_health', which no computation given to the calculator answers.", error.Message);
    }

    [Fact]
    public void Each_computation_answers_the_computed_value_of_the_catalog()
    {
        Assert.Equal(["account_health", "revenue"], new IComputedKpis[] { new AccountHealthKpis(), new RevenueKpis() }.Select(c => c.Computed));
    }

    public void Dispose() => fixture.Dispose();
}

public sealed class KpiComputedTestsOnDuckDb() : KpiComputedTests(TestEngine.DuckDb);

public sealed class KpiComputedTestsOnClickHouse() : KpiComputedTests(TestEngine.ClickHouse);
