using Reporting.DuckDb;
using System.Text.Json;
using Reporting.Core.Storage;

namespace Reporting.Cli.Tests.Querying;

public sealed class QueryCommandTests : IDisposable
{
    private readonly TempFolder folder = new();

    public QueryCommandTests()
    {
        using var database = ReportingDatabase.Open(folder.File("db.duckdb"));
        using var connection = database.Connect();
        connection.Execute("""
            INSERT INTO dim_account (account_id, name, segment) VALUES ('A1', 'Acme', 'SMB');
            INSERT INTO fact_ticket (ticket_id, account_id, priority, created_at, first_response_at) VALUES
                ('T1', 'A1', 'P1', TIMESTAMP '2026-01-05 10:00', TIMESTAMP '2026-01-05 10:20'),
                ('T2', 'A1', 'P1', TIMESTAMP '2026-01-06 10:00', TIMESTAMP '2026-01-06 11:00'),
                ('T3', 'A1', 'P3', TIMESTAMP '2026-02-01 10:00', NULL);
            """);
    }

    [Fact]
    public void Prints_the_rows_as_json()
    {
        var (exitCode, output) = CliRun.Invoke("query", "--db", folder.File("db.duckdb"), "--json",
            """{"measures": ["tickets.count", "tickets.frt_median_minutes"], "dimensions": ["tickets.priority"]}""");

        Assert.Equal(0, exitCode);
        var rows = JsonDocument.Parse(output).RootElement.GetProperty("data").EnumerateArray()
            .Select(r => $"{r.GetProperty("tickets.priority").GetString()}|{r.GetProperty("tickets.count").GetInt32()}|{r.GetProperty("tickets.frt_median_minutes").GetRawText()}")
            .ToList();
        // P1: FRT 20 and 60 minutes → median 40; P3 has no answered ticket.
        Assert.Equal(["P1|2|40", "P3|1|null"], rows);
    }

    [Fact]
    public void Sql_prints_the_statement_and_its_parameters_without_running_it()
    {
        var (exitCode, output) = CliRun.Invoke("query", "--db", folder.File("db.duckdb"), "--sql", "--json",
            """{"measures": ["tickets.count"], "filters": [{"member": "tickets.priority", "operator": "in", "values": ["P1", "it's"]}]}""");

        Assert.Equal(0, exitCode);
        var lines = output.Split('\n');
        Assert.Equal("-- query", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("SELECT", StringComparison.Ordinal));
        Assert.DoesNotContain("P1", string.Join('\n', lines.Where(l => !l.StartsWith("--", StringComparison.Ordinal))), StringComparison.Ordinal);
        Assert.Contains("-- $1 = 'P1'", lines);
        Assert.Contains("-- $2 = 'it''s'", lines);
        Assert.DoesNotContain("\"data\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_member_exits_non_zero_naming_it()
    {
        var (exitCode, output) = CliRun.Invoke("query", "--db", folder.File("db.duckdb"), "--json", """{"measures": ["tickets.speed"]}""");

        Assert.Equal(2, exitCode);
        Assert.Contains("error: tickets.speed: is not a measure of tickets", output);
    }

    public void Dispose() => folder.Dispose();
}
