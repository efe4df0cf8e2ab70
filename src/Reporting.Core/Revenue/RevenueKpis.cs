using Reporting.Core.Kpis;

namespace Reporting.Core.Revenue;

/// <summary>
/// The KPIs of reports/kpis.yaml marked "computed: revenue" for a KPI request (its account, segment
/// and dates; see <see cref="RevenuePeriod"/>), over SQL with bound parameters.
/// </summary>
public sealed class RevenueKpis : IComputedKpis
{
    public string Computed => RevenueKpiIds.Computed;

    public IEnumerable<(string Id, KpiValue Value)> Compute(KpiCalculator calculator, KpiFilter filter, DateOnly today, CancellationToken cancellationToken) =>
        Compute(calculator, RevenueScope.Of(filter), RevenuePeriod.Of(filter, today), cancellationToken);

    /// <summary>The same over any scope of accounts (a dashboard view's) and period.</summary>
    internal static IEnumerable<(string Id, KpiValue Value)> Compute(KpiCalculator calculator, RevenueScope scope, RevenuePeriod period, CancellationToken cancellationToken)
    {
        var catalog = calculator.Catalog;
        var computed = catalog.Kpis.Where(k => k.Computed == RevenueKpiIds.Computed).ToList();
        using var connection = calculator.Database.ConnectFacts();
        var retention = new Lazy<Retention>(() => Retention.Measure(connection, scope, period.From, period.To));
        var pairs = new Lazy<IReadOnlyList<(double Score, bool Churned)>>(() => HealthChurnPairs.Find(calculator, scope, period, cancellationToken));
        foreach (var kpi in computed)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (value, n) = kpi.Id switch
            {
                "nrr" => (retention.Value.Nrr, retention.Value.Accounts),
                "grr" => (retention.Value.Grr, retention.Value.Accounts),
                "logo_churn_rate" => (retention.Value.LogoChurnRate, retention.Value.Accounts),
                "churn_180d_after_promoter" => ChurnAfterResponse.Measure(connection, scope, period, 9, 10, 180),
                "churn_180d_after_passive" => ChurnAfterResponse.Measure(connection, scope, period, 7, 8, 180),
                "churn_180d_after_detractor" => ChurnAfterResponse.Measure(connection, scope, period, 0, 6, 180),
                "churn_90d_after_detractor" => ChurnAfterResponse.Measure(connection, scope, period, 0, 6, 90),
                "health_churn_auc" => Auc(pairs.Value),
                "churn_180d_health_below_50" => ChurnInBand(pairs.Value, double.NegativeInfinity, 50),
                "churn_180d_health_50_70" => ChurnInBand(pairs.Value, 50, 70),
                "churn_180d_health_70_85" => ChurnInBand(pairs.Value, 70, 85),
                "churn_180d_health_85_plus" => ChurnInBand(pairs.Value, 85, double.PositiveInfinity),
                _ => throw new KpiCatalogException(catalog.File, $"KPI '{kpi.Id}' is not computed from revenue"),
            };
            yield return (kpi.Id, new KpiValue(KpiNumbers.Round(value, kpi.Decimals), n, n < catalog.LowSampleBelow));
        }
    }

    /// <summary>The AUC rests on the churned pairs: with fewer than the low-sample count it is shown but flagged.</summary>
    private static (double?, long) Auc(IReadOnlyList<(double Score, bool Churned)> pairs)
    {
        var churned = pairs.Where(p => p.Churned).Select(p => p.Score).ToList();
        var retained = pairs.Where(p => !p.Churned).Select(p => p.Score).ToList();
        return (MannWhitney.Auc(churned, retained), churned.Count);
    }

    /// <summary>The percent of the pairs scored from <paramref name="from"/> up to (not including) <paramref name="below"/> that churned.</summary>
    private static (double?, long) ChurnInBand(IReadOnlyList<(double Score, bool Churned)> pairs, double from, double below)
    {
        var band = pairs.Where(p => p.Score >= from && p.Score < below).ToList();
        return (band.Count == 0 ? null : 100.0 * band.Count(p => p.Churned) / band.Count, band.Count);
    }
}
