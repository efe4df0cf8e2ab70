using Reporting.Core.Ingest;
using Reporting.Core.Storage;
using Reporting.DuckDb;

namespace Reporting.Bench.Loading;

/// <summary>
/// Loading a tickets CSV through our loader (validation, merge by key, one transaction) against
/// DuckDB's own read_csv into a table with no validation: the loader's overhead. A third side,
/// read_csv straight into the schema's fact_ticket, shows what the table itself costs (its primary
/// key index and CHECKs) apart from the loader's checks. Runs rotate the order of the sides.
/// </summary>
public sealed class LoadBenchmark(Workspace workspace, BenchOptions options)
{
    private readonly List<IReadOnlyList<LoadStep>> steps = [];

    public IEnumerable<Figure> Run()
    {
        var csv = workspace.File("tickets.csv");
        var accounts = workspace.File("accounts.csv");
        Console.WriteLine($"load: writing {options.Rows:N0} tickets to {csv} …");
        SyntheticTickets.WriteCsv(csv, options.Rows);
        SyntheticTickets.WriteAccountsCsv(accounts);
        var sides = new (string Subject, Action<int> Load)[]
        {
            ("DuckDB read_csv into a table (no checks)", run => Raw(csv, run)),
            ("reporting load (validate + merge, 1 txn)", run => Ours(csv, accounts, run)),
            ("DuckDB read_csv into fact_ticket (its key + CHECKs)", run => IntoSchema(csv, run)),
        };
        var seconds = sides.Select(_ => new List<double>()).ToArray();
        for (var run = 0; run < options.Runs; run++)
        {
            Console.WriteLine($"load: run {run + 1} of {options.Runs} …");
            for (var k = 0; k < sides.Length; k++)
            {
                var side = (k + run) % sides.Length;
                seconds[side].Add(Figure.Time(() => sides[side].Load(run)));
            }
        }
        LoadBreakdown.Print(steps);
        var figures = sides.Select((s, i) => Figure.OfSeconds("load", s.Subject, options.Rows, seconds[i])).ToList();
        return [.. Figure.Pair(figures[0], figures[1]), figures[2].ComparedTo(figures[0])];
    }

    private void Raw(string csv, int run)
    {
        using var database = DuckDbDatabase.Open(workspace.FreshDatabase($"raw{run}.duckdb"));
        using var connection = database.Connect();
        connection.Execute("CREATE TABLE tickets AS SELECT * FROM read_csv($1, header = true)", csv);
    }

    private void Ours(string csv, string accounts, int run)
    {
        using var database = ReportingDatabase.Open(workspace.FreshDatabase($"ours{run}.duckdb"));
        FactLoader.Load(database, [accounts], new LoadOptions(FactKind.Accounts));
        var report = FactLoader.Load(database, [csv], new LoadOptions(FactKind.Tickets));
        if (!report.Committed || report.Inserted != options.Rows)
        {
            throw new InvalidOperationException($"The benchmark load failed: {string.Join("; ", report.Errors)}");
        }
        steps.Add(report.Steps);
    }

    private void IntoSchema(string csv, int run)
    {
        using var database = ReportingDatabase.Open(workspace.FreshDatabase($"schema{run}.duckdb"));
        using var connection = database.Connect();
        connection.Execute("""INSERT INTO fact_ticket BY NAME SELECT * RENAME ("group" AS group_name) FROM read_csv($1, header = true)""", csv);
    }
}
