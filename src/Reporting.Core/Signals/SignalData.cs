using Reporting.Core.Accounts;
using Reporting.Core.Kpis;
using Reporting.Core.Periods;
using Reporting.Core.Themes;

namespace Reporting.Core.Signals;

/// <summary>
/// Gathers what the checks look at for every account of a scope (all accounts, or a segment): one
/// KPI computation per period grouped by account (the KPIs the checks and the plan's actions name;
/// again for each other period length a check asks for), one up to the as-of date for "present"
/// checks, and the current periods' comments. Everything is computed for the whole scope at once, so
/// that a cube cache answers the next account for free.
/// </summary>
internal sealed class SignalData(KpiCalculator calculator, Playbook playbook, ThemeDictionary themes)
{
    /// <summary>Periods of each length: the current one and the two before it (two consecutive cycles).</summary>
    public static IReadOnlyList<MonthSpan> Periods(DateOnly asOf, int months)
    {
        var current = MonthSpan.Before(asOf, months);
        return [current.Previous().Previous(), current.Previous(), current];
    }

    public IReadOnlyList<AccountSignalInputs> Gather(string? segment, DateOnly asOf, CancellationToken cancellationToken)
    {
        var accounts = new AccountDirectory(calculator.Database).All(segment);
        var series = Lengths().ToDictionary(
            length => length,
            length => Periods(asOf, length).Select(p => (Period: p, Kpis: calculator.ComputeByAccount(
                new KpiFilter(Segment: segment, From: p.From, To: p.To), asOf, KpisFor(length).ToList(), cancellationToken))).ToList());
        var present = PresentKpis().ToList();
        var toDate = present.Count == 0 ? null
            : calculator.ComputeByAccount(new KpiFilter(Segment: segment, To: asOf.AddDays(-1)), asOf, present, cancellationToken);
        var current = series.Values.Select(s => s[^1].Period).ToList();
        var comments = new CommentReader(calculator.Database, themes).Read(current.Min(p => p.From), current[0].To, segment, cancellationToken);
        return accounts.Select(a => new AccountSignalInputs(
                a, asOf, playbook.PeriodMonths,
                series.ToDictionary(s => s.Key, s => new PeriodSeries(s.Value.Select(p => p.Period).ToList(), s.Value.Select(p => p.Kpis[a.Id]).ToList())),
                toDate?[a.Id] ?? new KpiResults(new Dictionary<string, KpiValue>()),
                comments.GetValueOrDefault(a.Id) ?? []))
            .ToList();
    }

    private IEnumerable<int> Lengths() => Checks().Select(c => c.PeriodMonths ?? playbook.PeriodMonths).Append(playbook.PeriodMonths).Distinct();

    /// <summary>For a period length: the KPIs its checks compare, and for the playbook's own length those the plan's actions move.</summary>
    private IEnumerable<string> KpisFor(int length)
    {
        var compared = Checks()
            .Where(c => c.When is not (CheckCondition.Present or CheckCondition.Mentioned) && (c.PeriodMonths ?? playbook.PeriodMonths) == length)
            .SelectMany(c => new[] { c.Kpi, c.Flat, c.FlatMargin }).OfType<string>();
        var moved = length == playbook.PeriodMonths ? playbook.Actions.Concat(playbook.Sustain).Select(a => a.Kpi) : [];
        return compared.Concat(moved).Distinct(StringComparer.Ordinal);
    }

    private IEnumerable<string> PresentKpis() => Checks().Where(c => c.When == CheckCondition.Present).Select(c => c.Kpi!).Distinct(StringComparer.Ordinal);

    private IEnumerable<SignalCheck> Checks() => playbook.Signals.SelectMany(s => s.Checks);
}
