using System.Globalization;
using System.Text.Json;
using Reporting.Bench.Baselines;
using Reporting.Bench.Baselines.ClickHouse;
using Reporting.Bench.Facts;
using Reporting.Bench.Baselines.Linq;
using Reporting.Bench.Baselines.Postgres;
using Reporting.Bench.Baselines.Sqlite;
using Reporting.Bench.Cube;
using Reporting.Bench.Delivery;
using Reporting.Bench.Http;
using Reporting.Bench.Loading;
using Reporting.Bench.Machine;
using Reporting.Bench.Pdf;

namespace Reporting.Bench;

/// <summary>
/// `dotnet run -c Release --project bench/Reporting.Bench -- [--scale 100k|1m|10m] [--only NAME,…] [--runs N]`:
/// runs each benchmark against its baselines in the same process, prints one table and the
/// issue's targets, and writes JSON and Markdown under bench/results/. A benchmark that fails (a
/// baseline answering other numbers, a tool missing) is reported and the others still run; the
/// exit code is then 1.
/// </summary>
public static class BenchmarkRunner
{
    public static int Run(string[] args)
    {
        var options = BenchOptions.Parse(args);
        if (options is null)
        {
            Console.Error.WriteLine(BenchOptions.Usage);
            return 2;
        }
        var machine = MachineState.Now();
        Console.WriteLine($"bench: {options.Rows:N0} rows, {options.Runs} runs, {machine.Describe()}");
        var figures = new List<Figure>();
        var failures = new List<string>();
        using (var workspace = new Workspace())
        {
            var data = new CubeData(workspace, options);
            foreach (var (name, run) in Benchmarks(workspace, data, options))
            {
                if (!options.Wants(name))
                {
                    continue;
                }
                try
                {
                    figures.AddRange(run());
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    Console.Error.WriteLine($"{name}: FAILED: {e.Message}");
                    failures.Add($"{name}: {e.Message}");
                }
                // After each benchmark, so that a long run stopped half-way keeps what it measured.
                Write(options, machine with { LoadAfter = MachineState.LoadAverage() }, figures, failures);
            }
        }
        machine = machine with { LoadAfter = MachineState.LoadAverage() };
        FigureTable.Print(figures);
        Targets.Print(Targets.Evaluate(figures, options.Rows));
        Console.WriteLine($"\n{machine.Describe()}");
        failures.ForEach(f => Console.Error.WriteLine($"FAILED {f}"));
        Console.WriteLine($"written {Write(options, machine, figures, failures)}.json and .md");
        return failures.Count == 0 ? 0 : 1;
    }

    private static IEnumerable<(string Name, Func<IEnumerable<Figure>> Run)> Benchmarks(Workspace workspace, CubeData data, BenchOptions options) =>
    [
        ("load", () => new LoadBenchmark(workspace, options).Run()),
        ("cube", () => new CubeBenchmark(data, options).Run()),
        ("layout", () => new LayoutBenchmark(data, options).Run()),
        ("postgres", () => new BaselineBenchmark("postgres", data, workspace, options, () => new PostgresBaseline()).Run()),
        ("linq", () => new BaselineBenchmark("linq", data, workspace, options, () => new LinqBaseline()).Run()),
        ("sqlite", () => new BaselineBenchmark("sqlite", data, workspace, options, () => new SqliteBaseline()).Run()),
        ("clickhouse", () => new BaselineBenchmark("clickhouse", data, workspace, options, () => new ChdbBaseline()).Run()),
        ("facts", () => new FactsBenchmark(workspace, options).Run()),
        ("http", () => new HttpBenchmark(data, workspace, options).Run()),
        ("pdf", () => new PdfBenchmark(workspace, options).Run()),
        ("delivery", () => new DeliveryBenchmark(workspace).Run()),
    ];

    /// <summary>Writes bench/results/bench-&lt;rows&gt;.json and .md; answers the path without extension.</summary>
    private static string Write(BenchOptions options, MachineState machine, IReadOnlyList<Figure> figures, IReadOnlyList<string> failures)
    {
        var directory = Path.Combine(RepositoryRoot.Path, "bench", "results");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"bench-{options.Rows.ToString(CultureInfo.InvariantCulture)}");
        var targets = Targets.Evaluate(figures, options.Rows);
        var report = new { options.Rows, options.Runs, Machine = machine, Figures = figures, Targets = targets, Failures = failures };
        File.WriteAllText(path + ".json", JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true }));
        var markdown = SummaryTable.Markdown(figures) + "\n" + FigureTable.Markdown(figures) + "\n"
            + string.Join("\n", targets.Select(t => $"- {t.Target}: {t.Measured} — {Targets.Verdict(t)}"))
            + $"\n\n{machine.Describe()}\n";
        File.WriteAllText(path + ".md", markdown);
        return path;
    }
}
