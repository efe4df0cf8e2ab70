using Microsoft.Extensions.DependencyInjection;
using Reporting.Core.Accounts;
using Reporting.Core.ClosedLoop;
using Reporting.Core.Cube.Model;
using Reporting.Core.Cube.Querying;
using Reporting.Core.Kpis;
using Reporting.Core.Revenue;
using Reporting.Core.Signals;
using Reporting.Core.Storage;
using Reporting.Core.Surveys;
using Reporting.Seed;

namespace Reporting.Bench.Facts;

/// <summary>
/// The reads outside the cube (the KPIs computed from health and revenue, the revenue report,
/// signals, the survey plan, the closed-loop report, the account directory), on DuckDB and on
/// embedded ClickHouse over the same seeded demo data (500 accounts × 12 months), in one run. Each
/// is timed as a server answers it the second time: the cube's answers come from its cache, the
/// facts are read again, so the figure is mostly the facts' own SQL on each engine. Start-up is
/// timed too: on ClickHouse it plans every member of the model on the warehouse.
/// </summary>
public sealed class FactsBenchmark(Workspace workspace, BenchOptions options)
{
    private static readonly SeedOptions Seed = new() { Accounts = 500, Months = 12, AsOf = new DateOnly(2026, 12, 1) };
    private static readonly DateOnly Today = Seed.AsOf;

    public IEnumerable<Figure> Run()
    {
        // chDB runs one folder per process: the ClickHouse baseline's, with a database of its own.
        var engines = new[] { ("DuckDB", workspace.FreshDatabase("facts.duckdb")), ("ClickHouse (chDB)", $"chdb:{workspace.File("chdb")}?database=facts") };
        var figures = engines.Select(e => Measure(e.Item1, e.Item2)).ToList();
        return figures[0].Zip(figures[1], Figure.Pair).SelectMany(pair => pair);
    }

    private List<Figure> Measure(string side, string location)
    {
        using (var database = ReportingDatabase.Open(location))
        {
            var seeded = DemoDataSeeder.Seed(database, Seed);
            Console.WriteLine($"facts: {side} seeded {seeded.TotalRows:N0} rows in {seeded.Elapsed.TotalSeconds:0.0} s");
        }
        using var host = ReportingHost.Builder(location).Build();
        var startup = Figure.Time(() => DatabaseStartup.Prepare(host.Services));
        var services = host.Services;
        var calculator = services.GetRequiredService<KpiCalculator>();
        var signals = ActivatorUtilities.GetServiceOrCreateInstance<SignalEvaluator>(services);
        var revenue = ActivatorUtilities.GetServiceOrCreateInstance<RevenueOutcomes>(services);
        var loop = ActivatorUtilities.GetServiceOrCreateInstance<ClosedLoopReport>(services);
        var planner = ActivatorUtilities.GetServiceOrCreateInstance<SurveyPlanner>(services);
        var accounts = new AccountDirectory(services.GetRequiredService<ReportingDatabase>());
        var year = new DateRange(Today.AddYears(-1), Today.AddDays(-1));
        (string Subject, Action Run)[] reads =
        [
            ("every KPI, the computed ones (health, revenue) included", () => calculator.Compute(new KpiFilter(From: year.From, To: year.To), Today)),
            ("revenue report, a year by month", () => revenue.Build(new RevenueScope(), year, TimeGranularity.Month, Today)),
            ("signals of every account", () => signals.ForAll(Today)),
            ("survey plan of the month", () => planner.Plan(new SurveyPlanRequest(Today))),
            ("closed-loop report", () => loop.Summarize(new KpiFilter(), Today)),
            ("account directory with ARR on a day", () => accounts.All(arrOn: Today)),
        ];
        var figures = new List<Figure> { Figure.Of("facts", "start-up (settings, publish check, model on the engine)", Figure.Seconds, [startup]) with { Side = side, Mode = "start" } };
        foreach (var (subject, run) in reads)
        {
            run();
            var samples = Enumerable.Range(0, options.Runs).Select(_ => Figure.Time(run)).ToList();
            figures.Add(Figure.Of("facts", subject, Figure.Seconds, samples) with { Side = side, Mode = "repeat" });
        }
        return figures;
    }
}
