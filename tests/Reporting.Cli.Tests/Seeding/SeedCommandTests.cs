using Reporting.DuckDb;
using Reporting.Core.Storage;

namespace Reporting.Cli.Tests.Seeding;

public sealed class SeedCommandTests
{
    [Fact]
    public void Seeds_a_new_database_file_and_prints_rows_per_table()
    {
        using var folder = new TempFolder();
        var path = folder.File("demo.duckdb");

        var (exitCode, output) = CliRun.Invoke("seed", "--db", path, "--accounts", "5", "--months", "2", "--seed", "7", "--as-of", "2026-01-01");

        Assert.Equal(0, exitCode);
        using var database = ReportingDatabase.Open(path);
        var summary = DataSummary.Read(database);
        Assert.Equal(5L, summary.Tables.Single(t => t.Table == "dim_account").Rows);
        Assert.True(summary.Tables.Single(t => t.Table == "fact_ticket").To < new DateOnly(2026, 1, 1));
        foreach (var table in summary.Tables)
        {
            Assert.Matches($@"{table.Table}\s*│\s*{table.Rows:N0}\s*│", output);
        }
        // The demo team's twelve members besides the star schema's rows.
        Assert.Matches(@"dim_team_member\s*│\s*12\s*│", output);
        Assert.Contains($"Seeded {summary.TotalRows + 12:N0} rows", output);
    }

    [Fact]
    public void Refuses_to_seed_over_existing_data_unless_asked_to_replace_it()
    {
        using var folder = new TempFolder();
        var path = folder.File("demo.duckdb");
        string[] seed = ["seed", "--db", path, "--months", "1", "--as-of", "2026-01-01"];
        Assert.Equal(0, CliRun.Invoke([.. seed, "--accounts", "3"]).ExitCode);

        var (refused, message) = CliRun.Invoke([.. seed, "--accounts", "3"]);
        var (replaced, _) = CliRun.Invoke([.. seed, "--accounts", "4", "--replace"]);

        Assert.Equal(1, refused);
        Assert.Contains("--replace", message);
        Assert.Equal(0, replaced);
        using var database = ReportingDatabase.Open(path);
        using var connection = database.Connect();
        Assert.Equal(4L, connection.Query("SELECT count(*) FROM dim_account").Scalar());
    }

    [Fact]
    public void If_empty_seeds_a_new_file_and_leaves_one_that_holds_data()
    {
        using var folder = new TempFolder();
        var path = folder.File("demo.duckdb");
        string[] seed = ["seed", "--db", path, "--months", "1", "--as-of", "2026-01-01", "--if-empty"];

        var (first, _) = CliRun.Invoke([.. seed, "--accounts", "3"]);
        var (second, output) = CliRun.Invoke([.. seed, "--accounts", "4"]);

        Assert.Equal(0, first);
        Assert.Equal(0, second);
        Assert.Contains("already holds data: not seeded.", output);
        using var database = ReportingDatabase.Open(path);
        using var connection = database.Connect();
        Assert.Equal(3L, connection.Query("SELECT count(*) FROM dim_account").Scalar());
    }

    [Fact]
    public void If_empty_seeds_the_empty_file_an_interrupted_seed_leaves()
    {
        using var folder = new TempFolder();
        var path = folder.File("demo.duckdb");
        ReportingDatabase.Open(path).Dispose();

        var (exitCode, _) = CliRun.Invoke("seed", "--db", path, "--accounts", "3", "--months", "1", "--as-of", "2026-01-01", "--if-empty");

        Assert.Equal(0, exitCode);
        using var database = ReportingDatabase.Open(path);
        using var connection = database.Connect();
        Assert.Equal(3L, connection.Query("SELECT count(*) FROM dim_account").Scalar());
    }

    [Fact]
    public void If_empty_leaves_a_database_holding_only_a_loaded_team()
    {
        using var folder = new TempFolder();
        var path = folder.File("demo.duckdb");
        using (var existing = ReportingDatabase.Open(path))
        using (var connection = existing.Connect())
        {
            connection.Execute("INSERT INTO dim_team_member VALUES ('ada@x.io', 'Ada', 'admin', NULL)");
        }

        var (exitCode, output) = CliRun.Invoke("seed", "--db", path, "--accounts", "3", "--months", "1", "--as-of", "2026-01-01", "--if-empty");

        Assert.Equal(0, exitCode);
        Assert.Contains("not seeded", output);
        using var database = ReportingDatabase.Open(path);
        using var check = database.Connect();
        Assert.Equal(0L, check.Query("SELECT count(*) FROM dim_account").Scalar());
        Assert.Equal("ada@x.io", check.Query("SELECT string_agg(email, ',') FROM dim_team_member").Scalar());
    }

    [Theory]
    [InlineData("--accounts", "0", "--accounts must be at least 1.")]
    [InlineData("--months", "-3", "--months must be at least 1.")]
    [InlineData("--as-of", "yesterday", "yesterday")]
    public void Rejects_bad_options_with_a_message_naming_them(string option, string value, string expected)
    {
        using var folder = new TempFolder();

        var (exitCode, output) = CliRun.Invoke("seed", "--db", folder.File("x.duckdb"), option, value);

        Assert.NotEqual(0, exitCode);
        Assert.Contains(expected, output);
        Assert.False(File.Exists(folder.File("x.duckdb")));
    }
}
