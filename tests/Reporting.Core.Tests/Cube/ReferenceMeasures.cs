namespace Reporting.Core.Tests.Cube;

/// <summary>
/// The KPIs computed in C# straight from the generated rows, as KPIS.md defines them: the reference
/// the cube's totals are held to. Nothing here goes through SQL or the model, except the number of
/// decimals a measure is rounded to.
/// </summary>
public static class ReferenceMeasures
{
    /// <summary>Each measure with its value over a set of rows; null where the measure has no observation.</summary>
    public static IReadOnlyDictionary<string, Func<RandomCubeData, double?>> All { get; } = new Dictionary<string, Func<RandomCubeData, double?>>
    {
        ["tickets.count"] = data => data.Tickets.Count,
        ["tickets.answered"] = data => data.Tickets.Count(t => t.FirstResponseMinutes is not null),
        ["tickets.reopen_rate"] = data => ReopenRate(data.Tickets),
        ["tickets.frt_median_minutes"] = data => Quantile(data.Tickets.Select(t => (double?)t.FirstResponseMinutes), 0.5),
        ["tickets.frt_p90_minutes"] = data => Quantile(data.Tickets.Select(t => (double?)t.FirstResponseMinutes), 0.9),
        ["tickets.ttr_median_hours"] = data => Quantile(data.Tickets.Select(t => (double?)t.SolvedHours), 0.5),
        ["tickets.handoffs_per_ticket"] = data => HandoffsPerTicket(data.Tickets),
        ["surveys.nps_responses"] = data => data.Answers.Count(a => a.SurveyType == "nps"),
        ["surveys.nps"] = data => Nps(data.Answers),
        ["surveys.passive_share"] = data => Share(data.Answers, "nps", score => score is 7 or 8),
        ["surveys.csat"] = data => Share(data.Answers, "csat", score => score >= 4),
        ["surveys.ces"] = data => Mean(data.Answers.Where(a => a.SurveyType == "ces").Select(a => (double)a.Score)),
    };

    /// <summary>Among tickets solved at least once (solved now, or reopened), the percent reopened at least once.</summary>
    public static double? ReopenRate(IEnumerable<RandomTicket> tickets)
    {
        var solved = tickets.Where(t => t.SolvedHours is not null || t.Reopens > 0).ToList();
        return solved.Count == 0 ? null : 100.0 * solved.Count(t => t.Reopens > 0) / solved.Count;
    }

    /// <summary>Handoffs are assignee stations after the first; a ticket without the count had none.</summary>
    public static double? HandoffsPerTicket(IEnumerable<RandomTicket> tickets) =>
        Mean(tickets.Select(t => (double)Math.Max((t.AssigneeStations ?? 1) - 1, 0)));

    public static double? Nps(IEnumerable<RandomAnswer> answers)
    {
        var scores = answers.Where(a => a.SurveyType == "nps").Select(a => a.Score).ToList();
        return scores.Count == 0 ? null : 100.0 * (scores.Count(s => s >= 9) - scores.Count(s => s <= 6)) / scores.Count;
    }

    /// <summary>Continuous quantile (linear between the two nearest ranks), over the values that are set.</summary>
    public static double? Quantile(IEnumerable<double?> values, double p)
    {
        var sorted = values.OfType<double>().Order().ToList();
        if (sorted.Count == 0)
        {
            return null;
        }
        var rank = (sorted.Count - 1) * p;
        var below = (int)Math.Floor(rank);
        var above = Math.Min(below + 1, sorted.Count - 1);
        return sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
    }

    /// <summary>Rounded as the cube rounds a measure with <paramref name="decimals"/> digits.</summary>
    public static double? Round(double? value, int? decimals) =>
        value is { } v && decimals is { } digits ? Math.Round(v, digits, MidpointRounding.AwayFromZero) : value;

    private static double? Share(IEnumerable<RandomAnswer> answers, string type, Func<int, bool> counts)
    {
        var scores = answers.Where(a => a.SurveyType == type).Select(a => a.Score).ToList();
        return scores.Count == 0 ? null : 100.0 * scores.Count(counts) / scores.Count;
    }

    private static double? Mean(IEnumerable<double> values)
    {
        var list = values.ToList();
        return list.Count == 0 ? null : list.Sum() / list.Count;
    }
}
