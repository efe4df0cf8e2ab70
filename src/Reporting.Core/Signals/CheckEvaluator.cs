using System.Globalization;
using Reporting.Core.Kpis;

namespace Reporting.Core.Signals;

/// <summary>
/// Judges one check of a signal for one account. A KPI value resting on fewer observations than the
/// check accepts is not judged (the check does not hold, and says why); a rise or fall smaller than
/// the KPI's minimum change is no change. Each outcome carries a sentence with the numbers it used.
/// </summary>
internal sealed class CheckEvaluator(Playbook playbook, KpiCatalog catalog)
{
    public CheckOutcome Evaluate(SignalCheck check, AccountSignalInputs inputs) => check.When switch
    {
        CheckCondition.Falls => Step(check, inputs, rising: false),
        CheckCondition.Rises => Step(check, inputs, rising: true),
        CheckCondition.FallsTwoPeriods => TwoSteps(check, inputs, rising: false),
        CheckCondition.RisesTwoPeriods => TwoSteps(check, inputs, rising: true),
        CheckCondition.MissesTarget => MissesTarget(check, inputs),
        CheckCondition.Missed => Missed(check, inputs),
        CheckCondition.Present => Present(check, inputs),
        CheckCondition.Mentioned => Mentioned(check, inputs),
        _ => throw new ArgumentOutOfRangeException(nameof(check), check.When, "Unknown check condition."),
    };

    /// <summary>The current period against the previous one.</summary>
    private CheckOutcome Step(SignalCheck check, AccountSignalInputs inputs, bool rising)
    {
        var trend = Trend(check.Kpi!, check, inputs);
        var (before, now) = (trend.Periods[^2], trend.Periods[^1]);
        if (Unjudged(trend, before, now) is { } reason)
        {
            return new CheckOutcome(check.When, false, reason) { Kpi = trend };
        }
        var held = Moved(before.Value!.Value, now.Value!.Value, trend, rising);
        var verb = rising ? (held ? "rose" : "did not rise") : (held ? "fell" : "did not fall");
        var text = $"{trend.Kpi} {verb} from {Number(before.Value)} to {Number(now.Value)} ({Signed(now.Value.Value - before.Value.Value, trend.Kpi)}; n {before.N} → {now.N})";
        return new CheckOutcome(check.When, held, text) { Kpi = trend };
    }

    /// <summary>Each of the last two steps moved the same way; a rise may need a companion that stayed flat.</summary>
    private CheckOutcome TwoSteps(SignalCheck check, AccountSignalInputs inputs, bool rising)
    {
        var trend = Trend(check.Kpi!, check, inputs);
        var flat = check.Flat is { } companion ? Trend(companion, check, inputs) : null;
        var margin = check.FlatMargin is { } bound ? Trend(bound, check, inputs) with { MinObservations = 1 } : null;
        var unjudged = Unjudged(trend, [.. trend.Periods]) ?? (flat is null ? null : Unjudged(flat, [.. flat.Periods]));
        if (unjudged is { } reason)
        {
            return new CheckOutcome(check.When, false, reason) { Kpi = trend, Flat = flat };
        }
        var values = trend.Periods.Select(p => p.Value!.Value).ToArray();
        var moved = Moved(values[0], values[1], trend, rising) && Moved(values[1], values[2], trend, rising);
        var direction = rising ? "rose" : "fell";
        var text = $"{trend.Kpi} {(moved ? direction : $"did not {(rising ? "rise" : "fall")}")} two periods running: {Series(trend)}";
        if (flat is null)
        {
            return new CheckOutcome(check.When, moved, text) { Kpi = trend };
        }
        var (stayedFlat, flatText) = margin is null ? WithinSpread(flat, check.FlatWithin!.Value) : WithinMargin(flat, margin);
        return new CheckOutcome(check.When, moved && stayedFlat, $"{text}, while {flatText}") { Kpi = trend, Flat = flat, Margin = margin };
    }

    /// <summary>Flat: the values of the three periods lie within <paramref name="within"/> of each other.</summary>
    private (bool, string) WithinSpread(KpiTrend flat, double within)
    {
        var values = flat.Periods.Select(p => p.Value!.Value).ToArray();
        var spread = Math.Round(values.Max() - values.Min(), Decimals(flat.Kpi), MidpointRounding.AwayFromZero);
        var held = spread <= within;
        return (held, $"{flat.Kpi} {(held ? "stayed" : "did not stay")} within {Number(within)} ({Series(flat)}; spread {Number(spread)})");
    }

    /// <summary>
    /// Flat: no step is a significant change, i.e. each is smaller than the margin of error of a
    /// difference of two independent periods, √(m₁² + m₂²) from the margins of both periods.
    /// </summary>
    private (bool, string) WithinMargin(KpiTrend flat, KpiTrend margin)
    {
        var steps = Enumerable.Range(1, flat.Periods.Count - 1).Select(i => (
            Change: Math.Round(Math.Abs(flat.Periods[i].Value!.Value - flat.Periods[i - 1].Value!.Value), Decimals(flat.Kpi), MidpointRounding.AwayFromZero),
            Margin: Combined(margin.Periods[i - 1].Value, margin.Periods[i].Value, Decimals(margin.Kpi)))).ToList();
        var held = steps.All(s => s.Margin is { } m && s.Change < m);
        var detail = string.Join(", ", steps.Select(s => $"{Number(s.Change)} < ±{Number(s.Margin)}"));
        return (held, $"{flat.Kpi} {(held ? "changed" : "did not change")} less than its margin of error ({Series(flat)}; {detail})");
    }

    private static double? Combined(double? earlier, double? later, int decimals) =>
        earlier is { } a && later is { } b ? Math.Round(Math.Sqrt((a * a) + (b * b)), decimals, MidpointRounding.AwayFromZero) : null;

    private CheckOutcome MissesTarget(SignalCheck check, AccountSignalInputs inputs)
    {
        var trend = Trend(check.Kpi!, check, inputs);
        var now = trend.Periods[^1];
        if (Unjudged(trend, now) is { } reason)
        {
            return new CheckOutcome(check.When, false, reason) { Kpi = trend };
        }
        var up = catalog.Kpi(trend.Kpi)!.Direction == KpiDirection.Up;
        var held = up ? now.Value < trend.Target : now.Value > trend.Target;
        var side = held ? (up ? "is below" : "is above") : "meets";
        return new CheckOutcome(check.When, held, $"{trend.Kpi} {Number(now.Value)} {side} its target {Number(trend.Target)} (n {now.N})") { Kpi = trend };
    }

    private CheckOutcome Missed(SignalCheck check, AccountSignalInputs inputs)
    {
        var trend = Trend(check.Kpi!, check, inputs);
        var now = trend.Periods[^1];
        if (Unjudged(trend, now) is { } reason)
        {
            return new CheckOutcome(check.When, false, reason) { Kpi = trend };
        }
        var held = now.Value < 100;
        var text = $"{trend.Kpi} {Number(now.Value)} % (n {now.N}): {(held ? "some were missed" : "none missed")}";
        return new CheckOutcome(check.When, held, text) { Kpi = trend };
    }

    private CheckOutcome Present(SignalCheck check, AccountSignalInputs inputs)
    {
        var kpi = check.Kpi!;
        var value = inputs.ToDate.Kpis.TryGetValue(kpi, out var v) ? v : new KpiValue(null, 0, true);
        var to = inputs.AsOf.AddDays(-1);
        var point = new PeriodValue($"to {Day(to)}", null, to, value.Value, value.N);
        var trend = new KpiTrend(kpi, [point], catalog.Kpi(kpi)!.Target, 0, check.MinObservations ?? playbook.MinObservations);
        var held = value.Value > 0 && value.N >= trend.MinObservations;
        var text = held ? $"{kpi} is {Number(value.Value)} (of {value.N}) up to {Day(to)}" : $"{kpi} is {Number(value.Value ?? 0)} up to {Day(to)}";
        return new CheckOutcome(check.When, held, text) { Kpi = trend };
    }

    private static CheckOutcome Mentioned(SignalCheck check, AccountSignalInputs inputs)
    {
        var current = inputs.Series[check.PeriodMonths ?? inputs.DefaultMonths].Periods[^1];
        var matching = inputs.Comments
            .Where(c => DateOnly.FromDateTime(c.RespondedAt) >= current.From && DateOnly.FromDateTime(c.RespondedAt) <= current.To)
            .Where(c => c.Themes.Intersect(check.Themes, StringComparer.Ordinal).Any())
            .Where(c => check.Roles.Count == 0 || (c.Role is { } role && check.Roles.Contains(role, StringComparer.Ordinal)))
            .ToList();
        var who = check.Roles.Count == 0 ? "" : $" from {string.Join(" or ", check.Roles)} contacts";
        var found = check.Themes.Where(t => matching.Any(c => c.Themes.Contains(t))).ToList();
        var text = matching.Count == 0
            ? $"no comment{who} in {current.Label} mentions {string.Join(" or ", check.Themes)}"
            : $"{matching.Count} comment{(matching.Count == 1 ? "" : "s")}{who} in {current.Label} mention{(matching.Count == 1 ? "s" : "")} {string.Join(", ", found)}";
        return new CheckOutcome(check.When, matching.Count >= check.MinComments, text) { Comments = matching };
    }

    private KpiTrend Trend(string kpi, SignalCheck check, AccountSignalInputs inputs)
    {
        var series = inputs.Series[check.PeriodMonths ?? playbook.PeriodMonths];
        return new KpiTrend(
            kpi,
            series.Periods.Select((p, i) => Value(p, series.Kpis[i].Kpis[kpi])).ToList(),
        catalog.Kpi(kpi)!.Target,
            playbook.MinChangeOf(kpi),
            check.MinObservations ?? playbook.MinObservations);
    }

    private static PeriodValue Value(Periods.MonthSpan period, KpiValue value) => new(period.Label, period.From, period.To, value.Value, value.N);

    /// <summary>Why the values cannot be judged (no value, or too few observations); null when they can.</summary>
    private static string? Unjudged(KpiTrend trend, params PeriodValue[] points) =>
        points.FirstOrDefault(p => p.Value is null || p.N < trend.MinObservations) is { } weak
            ? $"{trend.Kpi} not judged: {weak.Label} has {(weak.Value is null ? "no value" : $"{weak.N} observations")} (needs {trend.MinObservations})"
            : null;

    /// <summary>Moved by at least the minimum change, compared at the KPI's own rounding (0.45 − 0.25 is 0.2).</summary>
    private bool Moved(double from, double to, KpiTrend trend, bool rising)
    {
        var change = Math.Round(rising ? to - from : from - to, Decimals(trend.Kpi), MidpointRounding.AwayFromZero);
        return change > 0 && change >= trend.MinChange;
    }

    private int Decimals(string kpi) => catalog.Kpi(kpi)!.Decimals;

    private string Signed(double change, string kpi)
    {
        var rounded = Math.Round(change, Decimals(kpi), MidpointRounding.AwayFromZero);
        return (rounded > 0 ? "+" : rounded < 0 ? "−" : "±") + Number(Math.Abs(rounded));
    }

    private static string Series(KpiTrend trend) =>
        string.Join(" → ", trend.Periods.Select(p => Number(p.Value))) + $"; n {string.Join(", ", trend.Periods.Select(p => p.N))}";

    public static string Number(double? value) => value is { } v ? v.ToString("0.##########", CultureInfo.InvariantCulture) : "none";

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
