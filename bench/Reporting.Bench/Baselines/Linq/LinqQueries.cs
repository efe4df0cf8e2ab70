using Reporting.Bench.Cube;

namespace Reporting.Bench.Baselines.Linq;

/// <summary>
/// The five queries as plain LINQ over lists: GroupBy per query, the account's attributes from a
/// dictionary, subtotals summed from the groups' counts, percentiles by sorting each group's
/// values and interpolating as percentile_cont does.
/// </summary>
public sealed class LinqQueries(IReadOnlyList<TicketRow> tickets, IReadOnlyList<AnswerRow> answers, IReadOnlyList<AccountRow> accounts)
{
    private readonly Dictionary<string, AccountRow> account = accounts.ToDictionary(a => a.AccountId);

    public KpiAnswer Answer(KpiQueryId id) => id switch
    {
        KpiQueryId.NpsBySegmentMonth => NpsBySegmentMonth(),
        KpiQueryId.FrtP90ByPriority => Rows(tickets.GroupBy(t => t.Priority)
            .Select(g => (g.Key, Values: Percentile(g.Where(t => t.Answered).Select(t => t.FrtMinutes), 0.9)))),
        KpiQueryId.ReopenRateByTier => ReopenRateByTier(),
        KpiQueryId.HandoffsByCsm => Rows(tickets.GroupBy(t => account[t.AccountId].Csm)
            .Select(g => (g.Key, Values: new double?[] { g.Average(t => t.Handoffs), g.Count() }))),
        KpiQueryId.HealthInputsByAccount => Rows(tickets.GroupBy(t => t.AccountId)
            .Select(g => (g.Key, Values: Percentile(g.Where(t => t.Answered).Select(t => t.FrtMinutes), 0.5)
                .Concat(ReopenRate(g.Count(t => t.SolvedOnce && t.Reopens > 0), g.Count(t => t.SolvedOnce)))
                .Concat([g.Average(t => t.Handoffs), g.Count()]).ToArray()))),
        _ => throw new ArgumentOutOfRangeException(nameof(id), id, "no LINQ query written for it"),
    };

    private KpiAnswer NpsBySegmentMonth()
    {
        var groups = answers.GroupBy(a => (Segment: account[a.AccountId].Segment, Month: new DateOnly(a.RespondedAt.Year, a.RespondedAt.Month, 1)))
            .Select(g => (g.Key, Promoters: g.Count(a => a.SurveyType == "nps" && a.Score >= 9),
                Detractors: g.Count(a => a.SurveyType == "nps" && a.Score <= 6), Responses: g.Count(a => a.SurveyType == "nps")))
            .ToList();
        var answer = new KpiAnswer();
        foreach (var g in groups)
        {
            answer.Add([g.Key.Segment, g.Key.Month], 0, Nps(g.Promoters, g.Detractors, g.Responses));
        }
        foreach (var segment in groups.GroupBy(g => g.Key.Segment))
        {
            answer.Add([segment.Key, null], 1, Nps(segment.Sum(g => g.Promoters), segment.Sum(g => g.Detractors), segment.Sum(g => g.Responses)));
        }
        answer.Add([null, null], 3, Nps(groups.Sum(g => g.Promoters), groups.Sum(g => g.Detractors), groups.Sum(g => g.Responses)));
        return answer;
    }

    private KpiAnswer ReopenRateByTier()
    {
        var groups = tickets.GroupBy(t => account[t.AccountId].Tier)
            .Select(g => (g.Key, Reopened: g.Count(t => t.SolvedOnce && t.Reopens > 0), Solved: g.Count(t => t.SolvedOnce)))
            .ToList();
        var answer = Rows(groups.Select(g => (g.Key, Values: ReopenRate(g.Reopened, g.Solved))));
        answer.Add([null], 1, ReopenRate(groups.Sum(g => g.Reopened), groups.Sum(g => g.Solved)));
        return answer;
    }

    private static double?[] Nps(int promoters, int detractors, int responses) =>
        [responses == 0 ? null : 100.0 * (promoters - detractors) / responses, responses];

    private static double?[] ReopenRate(int reopened, int solved) => [solved == 0 ? null : 100.0 * reopened / solved, solved];

    /// <summary>percentile_cont: the value at rank p·(n − 1) of the sorted values, interpolated; and n.</summary>
    private static double?[] Percentile(IEnumerable<double> values, double p)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
        {
            return [null, 0];
        }
        var position = p * (sorted.Count - 1);
        var lower = (int)Math.Floor(position);
        var upper = Math.Min(lower + 1, sorted.Count - 1);
        return [sorted[lower] + ((sorted[upper] - sorted[lower]) * (position - lower)), sorted.Count];
    }

    private static KpiAnswer Rows(IEnumerable<(string Key, double?[] Values)> rows)
    {
        var answer = new KpiAnswer();
        foreach (var (key, values) in rows)
        {
            answer.Add([key], 0, values);
        }
        return answer;
    }
}
