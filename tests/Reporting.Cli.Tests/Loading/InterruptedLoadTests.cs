using Reporting.DuckDb;
using System.Diagnostics;
using Reporting.Core.Ingest;
using Reporting.Core.Sql;
using Reporting.Core.Storage;

namespace Reporting.Cli.Tests.Loading;

/// <summary>A load killed midway leaves a database that opens and holds exactly the data from before.</summary>
public sealed class InterruptedLoadTests : IDisposable
{
    private const int LargeLoadRows = 4_000_000;
    private readonly TempFolder folder = new();

    [Fact]
    public void Killing_the_process_during_a_large_load_leaves_the_previous_data()
    {
        var db = folder.File("db.duckdb");
        var before = PrepareDatabase(db);
        var big = WriteLargeTicketsCsv();

        using var process = StartLoad(db, big);
        // Killed once the progress shows the merge: inside the one transaction that writes.
        var merging = WaitForOutput(process, "merge", TimeSpan.FromMinutes(2));
        process.Kill(entireProcessTree: true);
        process.WaitForExit();

        Assert.True(merging, "The load never reported its merge stage.");
        Assert.NotEqual(0, process.ExitCode);

        Assert.Equal(before, Fingerprint(db));
    }

    /// <summary>Accounts and a few tickets loaded, as a user would have them before the big load.</summary>
    private string PrepareDatabase(string path)
    {
        File.WriteAllText(folder.File("accounts.csv"), "account_id,name,segment\nA1,Acme,SMB\n");
        File.WriteAllText(folder.File("tickets.csv"), "ticket_id,account_id,priority,created_at\nT-1,A1,P2,2026-01-05T10:00:00Z\nT-2,A1,P3,2026-01-06T10:00:00Z\n");
        using (var database = ReportingDatabase.Open(path))
        {
            Assert.True(FactLoader.Load(database, [folder.File("accounts.csv")], new LoadOptions(FactKind.Accounts)).Committed);
            Assert.True(FactLoader.Load(database, [folder.File("tickets.csv")], new LoadOptions(FactKind.Tickets)).Committed);
        }
        var fingerprint = Fingerprint(path);
        Assert.Contains("tickets=2", fingerprint);
        return fingerprint;
    }

    private string WriteLargeTicketsCsv()
    {
        var path = folder.File("big.csv");
        using var database = DuckDb.DuckDbDatabase.OpenInMemory();
        using var connection = database.Connect();
        // The path is the test's own temporary file; COPY takes no parameters for it.
        connection.Execute($"""
            COPY (SELECT 'T' || i AS ticket_id, 'A1' AS account_id, 'P' || (i % 4 + 1) AS priority,
                         TIMESTAMP '2026-01-01' + to_minutes(i % 100000) AS created_at, 'solved' AS status
                  FROM range({LargeLoadRows}) r(i))
            TO {SqlIdentifier.Literal(path)} (HEADER)
            """);
        return path;
    }

    private static Process StartLoad(string db, string csv)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "reporting.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { cli, "load", "--db", db, "--kind", "tickets", csv })
        {
            start.ArgumentList.Add(arg);
        }
        return Process.Start(start)!;
    }

    /// <summary>True once a line of the process's output contains <paramref name="text"/>; false if it ends first.</summary>
    private static bool WaitForOutput(Process process, string text, TimeSpan timeout)
    {
        var seen = new ManualResetEventSlim();
        process.OutputDataReceived += (_, line) =>
        {
            if (line.Data?.Contains(text, StringComparison.Ordinal) == true)
            {
                seen.Set();
            }
        };
        process.BeginOutputReadLine();
        return seen.Wait(timeout) && !process.HasExited;
    }

    /// <summary>Row counts, an order-independent hash of the tickets and the data version.</summary>
    private static string Fingerprint(string path)
    {
        using var database = ReportingDatabase.Open(path);
        using var connection = database.Connect();
        var result = connection.Query("""
            SELECT (SELECT count(*) FROM dim_account) AS accounts, (SELECT count(*) FROM fact_ticket) AS tickets,
                   (SELECT bit_xor(hash(ticket_id, priority, created_at)) FROM fact_ticket) AS hash,
                   (SELECT max(version) FROM data_version) AS version
            """);
        return $"accounts={result["accounts"].GetValue(0)} tickets={result["tickets"].GetValue(0)} hash={result["hash"].GetValue(0)} version={result["version"].GetValue(0)}";
    }

    public void Dispose() => folder.Dispose();
}
