using Reporting.Core.Cube.Model;
using Reporting.Core.Cube.Querying;
using Reporting.Core.Health;
using Reporting.Core.Kpis;
using Reporting.Core.Periods;
using Reporting.Core.Signals;

namespace Reporting.Core.Revenue;

/// <summary>
/// Builds the Revenue dashboard's <see cref="RevenueReport"/> from the ARR movements, with the same
/// definitions (and code) as the revenue KPIs of GET /api/kpis: a view over one segment and dates
/// answers the same numbers as a KPI request over that segment and dates.
/// </summary>
public sealed class RevenueOutcomes(KpiCalculator calculator, SignalEvaluator signals)
{
    public RevenueReport Build(RevenueScope scope, DateRange range, TimeGranularity grain, DateOnly today, CancellationToken cancellationToken = default)
    {
        var period = new RevenuePeriod(range.From, range.To, today);
        var kpis = RevenueKpis.Compute(calculator, scope, period, cancellationToken).ToDictionary(k => k.Id, k => k.Value, StringComparer.Ordinal);
        using var connection = calculator.Database.ConnectFacts();
        var bridge = ArrBridge.Measure(connection, scope, range.From, range.To);
        var bySegment = KpiFilter.Segments.Where(s => scope.Segment is null || scope.Segment == s)
            .Select(s => Row(s, Retention.Measure(connection, scope with { Segment = s }, range.From, range.To))).ToList();
        var overTime = Buckets(range, grain)
            .Select(b => Row(b.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), Retention.Measure(connection, scope, b.From, b.To)))
            .ToList();
        var churned = Described(ChurnedAccount.Find(connection, scope, range.From, range.To), today, cancellationToken);
        return new RevenueReport(bridge, bySegment, overTime, kpis, churned);
    }

    private RetentionRow Row(string key, Retention retention) => new(key,
        Rounded("nrr", retention.Nrr), Rounded("grr", retention.Grr), Rounded("logo_churn_rate", retention.LogoChurnRate), retention.Accounts);

    private double? Rounded(string kpi, double? value) => KpiNumbers.Round(value, calculator.Catalog.Kpi(kpi)?.Decimals ?? 1);

    /// <summary>The periods of the grain the range touches (weeks from Monday, months, quarters), each cut to the range.</summary>
    public static IReadOnlyList<DateRange> Buckets(DateRange range, TimeGranularity grain)
    {
        var buckets = new List<DateRange>();
        for (var start = Start(range.From, grain); start <= range.To; start = Next(start, grain))
        {
            var end = Next(start, grain).AddDays(-1);
            buckets.Add(new DateRange(start < range.From ? range.From : start, end > range.To ? range.To : end));
        }
        return buckets;
    }

    private static DateOnly Start(DateOnly day, TimeGranularity grain) => grain switch
    {
        TimeGranularity.Week => day.AddDays(-(((int)day.DayOfWeek + 6) % 7)),
        TimeGranularity.Quarter => new DateOnly(day.Year, (day.Month - 1) / 3 * 3 + 1, 1),
        _ => MonthSpan.FirstOfMonth(day),
    };

    private static DateOnly Next(DateOnly start, TimeGranularity grain) => grain switch
    {
        TimeGranularity.Week => start.AddDays(7),
        TimeGranularity.Quarter => start.AddMonths(3),
        _ => start.AddMonths(1),
    };

    /// <summary>Each churned account with its health and signals as of the churn: the score of the last whole month before it.</summary>
    private List<ChurnedAccount> Described(IReadOnlyList<ChurnedAccount> churned, DateOnly today, CancellationToken cancellationToken)
    {
        if (churned.Count == 0)
        {
            return [];
        }
        var months = churned.Select(c => HealthHistory.CurrentMonth(c.ChurnedOn)).Distinct().Order().ToList();
        var health = new HealthHistory(calculator).Months(new KpiFilter(), months[0], months[^1], today, cancellationToken);
        var fired = months.ToDictionary(m => m, m => signals.ForAll(m.AddMonths(1), null, cancellationToken)
            .ToDictionary(s => s.Account.Id, s => s.Signals.Where(x => x.Fired).Select(x => x.Title).ToList(), StringComparer.Ordinal));
        return churned.Select(c =>
        {
            var month = HealthHistory.CurrentMonth(c.ChurnedOn);
            var point = health.GetValueOrDefault(c.AccountId)?.FirstOrDefault(p => p.Month == month);
            return c with
            {
                Health = point?.Score,
                HealthLowSample = point?.LowSample ?? false,
                Signals = fired[month].GetValueOrDefault(c.AccountId) ?? [],
            };
        }).ToList();
    }
}
