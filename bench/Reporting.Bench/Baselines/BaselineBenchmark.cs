using Reporting.Bench.Cube;
using Reporting.Core.Cube;
using Reporting.Core.Kpis;

namespace Reporting.Bench.Baselines;

/// <summary>
/// The cube against another engine on the five queries: the baseline loads the same rows (timed
/// once), must give the cube's numbers for every query before anything is timed, then each query
/// runs cold and warm on both sides alternately, so each ratio comes from the same run. The cube
/// side is the engine without its result cache: every run executes the query.
/// </summary>
public sealed class BaselineBenchmark(string name, CubeData data, Workspace workspace, BenchOptions options, Func<IKpiBaseline> create)
{
    public IEnumerable<Figure> Run()
    {
        using var baseline = create();
        baseline.Prepare(data, workspace);
        Console.WriteLine($"{name}: loading {data.Rows:N0} tickets and {data.Rows:N0} answers into {baseline.Side} …");
        var load = Figure.OfSeconds(name, $"load: {baseline.LoadSubject} (once)", 2 * data.Rows, [Figure.Time(baseline.Load)]) with { Side = baseline.Side };
        Console.WriteLine($"{name}: loaded in {FigureTable.Duration(load.Median)}; checking the answers against the cube …");
        foreach (var query in KpiQueries.All)
        {
            AnswerCheck.Require(query, baseline.Side, data.Answer(query), baseline.Warm(query));
        }
        Console.WriteLine($"{name}: {baseline.Side} gives the cube's numbers for all {KpiQueries.All.Count} queries. {baseline.Note}");
        var figures = new List<Figure> { load };
        if (baseline.HasColdStart)
        {
            figures.AddRange(KpiQueries.All.SelectMany(q => Cold(baseline, q)));
        }
        figures.AddRange(Warm(baseline));
        return figures;
    }

    private IReadOnlyList<Figure> Cold(IKpiBaseline baseline, KpiQuery query)
    {
        Console.WriteLine($"{name}: {query.Name}, cold …");
        var (theirs, ours) = Alternation.Time(options.Runs,
            () => AfterCollecting(() => Figure.Time(() => baseline.Cold(query))),
            () => AfterCollecting(() => data.ColdSeconds(query)));
        return Compared(baseline, query, "cold", theirs, ours);
    }

    /// <summary>One open cube database for all warm runs; a first run of each side warms it, uncounted.</summary>
    private List<Figure> Warm(IKpiBaseline baseline)
    {
        using var database = data.OpenReadOnly();
        var engine = new CubeEngine(data.Model, database, KpiCatalog.DefaultLowSampleBelow);
        var figures = new List<Figure>();
        foreach (var query in KpiQueries.All)
        {
            Console.WriteLine($"{name}: {query.Name}, warm …");
            Action runTheirs = () => baseline.Warm(query);
            Action runOurs = () => engine.Query(query.Query, CubeData.Today);
            runTheirs();
            runOurs();
            var theirs = new List<double>();
            var ours = new List<double>();
            for (var run = 0; run < options.Runs; run++)
            {
                theirs.Add(AfterCollecting(() => Figure.Time(runTheirs)));
                ours.Add(AfterCollecting(() => Figure.Time(runOurs)));
            }
            figures.AddRange(Compared(baseline, query, "warm", theirs, ours));
        }
        return figures;
    }

    /// <summary>
    /// A full collection first, untimed: LINQ leaves gigabytes of garbage at 10M rows, and a
    /// background collection of it would otherwise run during the next side's timing.
    /// </summary>
    private static double AfterCollecting(Func<double> measure)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        return measure();
    }

    private IReadOnlyList<Figure> Compared(IKpiBaseline baseline, KpiQuery query, string mode, List<double> theirs, List<double> ours) =>
        Figure.Pair(QueryFigure(query, mode, baseline.Side, theirs), QueryFigure(query, mode, "cube", ours));

    private Figure QueryFigure(KpiQuery query, string mode, string side, List<double> seconds) =>
        Figure.OfSeconds(name, $"{query.Name}, {mode}: {side}", data.Rows, seconds) with { Mode = mode, Side = side };
}
