using Reporting.DuckDb;
using Reporting.Core.Accounts;
using Reporting.Core.Kpis;

namespace Reporting.Core.Health;

/// <summary>
/// The KPIs computed from accounts' monthly health (reports/kpis.yaml "computed: account_health") for a
/// KPI request. The request's last day (or today) is the as-of date: revenue at risk sums the ARR of
/// the accounts at risk then that renew within the horizon; health recovery days is the mean recovery
/// time of the spells that ended within the request's dates (found in up to 24 months of history).
/// </summary>
public sealed class AccountHealthKpis : IComputedKpis
{
    private const int HistoryMonths = 24;

    public string Computed => HealthSettings.ComputedFromAccountHealth;

    public IEnumerable<(string Id, KpiValue Value)> Compute(KpiCalculator calculator, KpiFilter filter, DateOnly today, CancellationToken cancellationToken)
    {
        var catalog = calculator.Catalog;
        var asOf = filter.To?.AddDays(1) ?? today;
        var current = HealthHistory.CurrentMonth(asOf);
        var computed = catalog.Kpis.Where(k => k.Computed == HealthSettings.ComputedFromAccountHealth).ToList();
        var first = computed.Any(k => k.Id == "health_recovery_days") ? FirstMonth(calculator, current) : current;
        var health = new HealthHistory(calculator);
        var history = health.Months(new KpiFilter(filter.Account, filter.Segment), first, current, today, cancellationToken);
        foreach (var kpi in computed)
        {
            var (value, n) = kpi.Id switch
            {
                "revenue_at_risk" => Revenue(health, history, asOf, calculator),
                "health_recovery_days" => Recovery(history, health.Settings.AtRiskBelow, filter.From, asOf.AddDays(-1)),
                _ => throw new KpiCatalogException(catalog.File, $"KPI '{kpi.Id}' is not computed from account health"),
            };
            yield return (kpi.Id, new KpiValue(KpiNumbers.Round(value, kpi.Decimals), n, n < catalog.LowSampleBelow));
        }
    }

    /// <summary>ARR at risk over the accounts with a current score; the observations are those accounts.</summary>
    private static (double?, long) Revenue(HealthHistory health, IReadOnlyDictionary<string, IReadOnlyList<HealthPoint>> history, DateOnly asOf, KpiCalculator calculator)
    {
        // ARR as the as-of date starts: the movements through the day before it.
        var accounts = new AccountDirectory(calculator.Database).All(arrOn: asOf.AddDays(-1)).ToDictionary(a => a.Id, StringComparer.Ordinal);
        var scored = history.Where(h => h.Value[^1].Score is not null).ToList();
        var sum = scored.Sum(h => health.Exposure(accounts[h.Key], h.Value[^1], asOf).AtRiskArr);
        return ((double)sum, scored.Count);
    }

    /// <summary>Mean days of the spells that recovered from <paramref name="from"/> (or ever) to <paramref name="to"/>.</summary>
    private static (double?, long) Recovery(IReadOnlyDictionary<string, IReadOnlyList<HealthPoint>> history, double atRiskBelow, DateOnly? from, DateOnly to)
    {
        var days = history.Values
            .SelectMany(points => HealthRecoveries.Find(points, atRiskBelow))
            .Where(s => s.Recovered is { } r && r <= to && (from is null || r >= from))
            .Select(s => (double)s.Days!.Value)
            .ToList();
        return (days.Count == 0 ? null : days.Average(), days.Count);
    }

    /// <summary>The history starts with the first month holding any facts, at most 24 months back.</summary>
    private static DateOnly FirstMonth(KpiCalculator calculator, DateOnly current)
    {
        using var facts = calculator.Database.ConnectFacts();
        var first = facts.Query("""
            SELECT min(t)::DATE FROM (
                SELECT min(responded_at) AS t FROM fact_survey_response
                UNION ALL SELECT min(created_at) FROM fact_ticket
                UNION ALL SELECT min(occurred_at) FROM fact_engagement
                UNION ALL SELECT min(scheduled_at) FROM fact_meeting)
            """).Scalar() as DateOnly?;
        if (first is not { } day)
        {
            return current;
        }
        var month = new DateOnly(day.Year, day.Month, 1);
        var earliest = current.AddMonths(1 - HistoryMonths);
        return month < earliest ? earliest : month > current ? current : month;
    }
}
