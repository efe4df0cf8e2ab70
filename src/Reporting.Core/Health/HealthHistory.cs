using Reporting.Core.Accounts;
using Reporting.Core.Kpis;
using Reporting.Core.Periods;

namespace Reporting.Core.Health;

/// <summary>
/// Accounts' monthly health scores: each month's score is the health_score KPI of reports/kpis.yaml
/// (a weighted mean of sentiment, support and engagement KPIs, each scaled against its target)
/// computed over the window of whole months ending with that month, one cube query per cube and month
/// for every account at once. As of a date, the current score is that of the last whole month before it.
/// </summary>
public sealed class HealthHistory(KpiCalculator calculator)
{
    /// <summary>The longest history one call computes.</summary>
    public const int MaxMonths = 36;

    public HealthSettings Settings => calculator.Catalog.Health;

    /// <summary>The month whose score stands for <paramref name="asOf"/>: the last whole month before it.</summary>
    public static DateOnly CurrentMonth(DateOnly asOf) => MonthSpan.FirstOfMonth(asOf).AddMonths(-1);

    /// <summary>
    /// Each account's points (of <paramref name="scope"/>'s account or segment; its dates are ignored)
    /// for every month from <paramref name="firstMonth"/> to <paramref name="lastMonth"/>, oldest first.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<HealthPoint>> Months(
        KpiFilter scope, DateOnly firstMonth, DateOnly lastMonth, DateOnly today, CancellationToken cancellationToken = default)
    {
        var score = ScoreDefinition();
        var history = new Dictionary<string, List<HealthPoint>>(StringComparer.Ordinal);
        for (var month = MonthSpan.FirstOfMonth(firstMonth); month <= lastMonth; month = month.AddMonths(1))
        {
            var window = MonthSpan.Ending(month, Settings.WindowMonths);
            var filter = scope with { From = window.From, To = window.To };
            foreach (var (account, kpis) in calculator.ComputeByAccount(filter, today, [score.Id], cancellationToken))
            {
                if (!history.TryGetValue(account, out var points))
                {
                    history[account] = points = [];
                }
                points.Add(Point(month, window, score, kpis));
            }
        }
        return history.ToDictionary(p => p.Key, p => (IReadOnlyList<HealthPoint>)p.Value, StringComparer.Ordinal);
    }

    /// <summary>
    /// One account's health as of <paramref name="asOf"/> with <paramref name="months"/> months of
    /// history (1 to <see cref="MaxMonths"/>); null when there is no such account.
    /// </summary>
    public AccountHealth? ForAccount(string accountId, DateOnly asOf, int months = 12, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(months, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(months, MaxMonths);
        if (new AccountDirectory(calculator.Database).Find(accountId, arrOn: asOf.AddDays(-1)) is not { } account)
        {
            return null;
        }
        var current = CurrentMonth(asOf);
        // Every account at once: the scan costs the same, and a cube cache then answers the next account.
        var points = Months(new KpiFilter(), current.AddMonths(1 - months), current, asOf, cancellationToken)[accountId];
        return new AccountHealth(
            account, asOf, Settings.AtRiskBelow, Settings.WindowMonths, points[^1], points,
            HealthRecoveries.Find(points, Settings.AtRiskBelow), Exposure(account, points[^1], asOf));
    }

    /// <summary>
    /// Whether the account's ARR is at risk as of <paramref name="asOf"/>: at risk now and renewing within the horizon.
    /// The ARR is the card's, which the callers here read from its movements through the day before <paramref name="asOf"/>.
    /// </summary>
    public RevenueExposure Exposure(AccountCard account, HealthPoint current, DateOnly asOf)
    {
        var horizon = Settings.RevenueHorizonDays;
        var renews = account.RenewalOn is { } renewal && renewal >= asOf && renewal <= asOf.AddDays(horizon);
        var atRisk = current.AtRisk == true;
        return new RevenueExposure(account.Arr, account.RenewalOn, horizon, renews, atRisk, renews && atRisk ? account.Arr ?? 0 : 0);
    }

    private KpiDefinition ScoreDefinition() =>
        calculator.Catalog.Kpi(HealthSettings.ScoreKpi) is { Components.Count: > 0 } score ? score
        : throw new KpiCatalogException(calculator.Catalog.File, $"the health needs the KPI '{HealthSettings.ScoreKpi}' made of components");

    private HealthPoint Point(DateOnly month, MonthSpan window, KpiDefinition score, KpiResults kpis)
    {
        var value = kpis.Kpis[score.Id];
        var components = score.Components.Select(c =>
        {
            var part = calculator.Catalog.Kpi(c.Kpi)!;
            var partValue = kpis.Kpis[c.Kpi];
            double? scaled = partValue.Value is { } v ? Math.Round(CompositeKpi.Scale(v, part.Target!.Value, part.Direction), 1, MidpointRounding.AwayFromZero) : null;
            return new HealthComponent(c.Kpi, c.Weight, partValue.Value, partValue.N, part.Target, scaled);
        }).ToList();
        bool? atRisk = value.Value is { } s ? s < Settings.AtRiskBelow : null;
        return new HealthPoint(month, window, value.Value, value.N, value.LowSample, atRisk, components);
    }
}
