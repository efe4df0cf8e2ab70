using Reporting.Core.Ingest;
using Reporting.Core.Sql;
using Reporting.Core.Storage;
using Reporting.DuckDb;

namespace Reporting.Bench.Loading;

/// <summary>
/// Loading a tickets CSV through our loader (validation, merge by key, one transaction) against
/// DuckDB's own read_csv into a table with no validation: the loader's overhead.
/// </summary>
public sealed class LoadBenchmark(Workspace workspace, BenchOptions options)
{
    public IEnumerable<Figure> Run()
    {
        var csv = workspace.File("tickets.csv");
        var accounts = workspace.File("accounts.csv");
        Console.WriteLine($"load: writing {options.Rows:N0} tickets to {csv} …");
        SyntheticTickets.WriteCsv(csv, options.Rows);
        SyntheticTickets.WriteAccountsCsv(accounts);

        var raw = Figure.Measure("load", "DuckDB read_csv into a table (no checks)", options.Rows, options.Runs, run =>
        {
            using var database = DuckDbDatabase.Open(workspace.FreshDatabase($"raw{run}.duckdb"));
            using var connection = database.Connect();
            connection.Execute("CREATE TABLE tickets AS SELECT * FROM read_csv($1, header = true)", csv);
        });
        var ours = Figure.Measure("load", "reporting load (validate + merge, 1 txn)", options.Rows, options.Runs, run =>
        {
            using var database = ReportingDatabase.Open(workspace.FreshDatabase($"ours{run}.duckdb"));
            FactLoader.Load(database, [accounts], new LoadOptions(FactKind.Accounts));
            var report = FactLoader.Load(database, [csv], new LoadOptions(FactKind.Tickets));
            if (!report.Committed || report.Inserted != options.Rows)
            {
                throw new InvalidOperationException($"The benchmark load failed: {string.Join("; ", report.Errors)}");
            }
        });
        return Figure.Pair(raw, ours);
    }
}
