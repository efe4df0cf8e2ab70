using Reporting.Core.Dashboards;
using Reporting.Core.Kpis;

namespace Reporting.Core.Tests.Dashboards;

public sealed class KpiMarginTests
{
    private static readonly KpiDefinition Csat = new("csat", KpiUnit.Percent, KpiDirection.Up, 1);
    private static readonly KpiDefinition Ces = new("ces", KpiUnit.Score, KpiDirection.Down, 2);

    [Fact]
    public void A_percent_has_the_binomial_margin()
    {
        // 1.96 × 100 × sqrt(0.5 × 0.5 / 100) = 9.8
        Assert.Equal(9.8, KpiMargin.Of(Csat, new KpiValue(50, 100, false), null));
    }

    [Fact]
    public void A_kpi_with_its_own_margin_uses_it()
    {
        Assert.Equal(4.2, KpiMargin.Of(Csat, new KpiValue(50, 100, false), new KpiValue(4.2, 100, false)));
    }

    [Fact]
    public void A_mean_has_none()
    {
        Assert.Null(KpiMargin.Of(Ces, new KpiValue(3.1, 100, false), null));
    }
}
