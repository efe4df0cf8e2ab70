using Reporting.DuckDb;
using Reporting.Core.Storage;

namespace Reporting.Cli.Tests.Loading;

public sealed class LoadCommandTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public void Loads_a_file_and_prints_the_report()
    {
        var accounts = Write("accounts.csv", "account_id,name,segment,legacy_id\nA1,Acme,SMB,9\nA2,Globex,Enterprise,10\n");

        var (exitCode, output) = Load("--kind", "accounts", accounts);

        Assert.Equal(0, exitCode);
        Assert.Matches(@"rows read\s*│\s*2\s*│", output);
        Assert.Matches(@"inserted\s*│\s*2\s*│", output);
        Assert.Contains("ignored column accounts.csv: legacy_id", output);
        Assert.Contains("Loaded accounts: data version 1.", output);
        Assert.Equal(2L, Count("dim_account"));
    }

    [Fact]
    public void Invalid_rows_exit_non_zero_name_file_line_and_column_and_load_nothing()
    {
        var accounts = Write("accounts.csv", "account_id,name,segment\nA1,Acme,SMB\nA2,Globex,Galactic\n");

        var (exitCode, output) = Load("--kind", "accounts", accounts);

        Assert.Equal(1, exitCode);
        Assert.Contains($"error: {accounts}:3: column 'segment' value 'Galactic': must be one of SMB, Mid-Market, Enterprise", output);
        Assert.Contains("Nothing was loaded: the database is unchanged.", output);
        Assert.Equal(0L, Count("dim_account"));
    }

    [Fact]
    public void Skip_invalid_loads_the_valid_rows_and_writes_the_rejected_ones_beside_the_input()
    {
        var accounts = Write("accounts.csv", "account_id,name,segment\nA1,Acme,SMB\nA2,Globex,Galactic\nA3,Initech,Mid-Market\n");

        var (exitCode, output) = Load("--kind", "accounts", "--skip-invalid", accounts);

        Assert.Equal(0, exitCode);
        Assert.Matches(@"rejected\s*│\s*1\s*│", output);
        Assert.Equal(2L, Count("dim_account"));
        Assert.Equal(
            "line,reasons,account_id,name,segment\n3,\"segment: must be one of SMB, Mid-Market, Enterprise\",A2,Globex,Galactic\n",
            File.ReadAllText(folder.File("accounts.rejects.csv")).ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("--kind", "invoices", "invoices")]
    [InlineData("--format", "salesforce", "salesforce")]
    public void Unknown_kinds_and_formats_are_refused_by_name(string option, string value, string expected)
    {
        var accounts = Write("accounts.csv", "account_id,name,segment\nA1,Acme,SMB\n");
        string[] args = option == "--kind" ? [option, value, accounts] : ["--kind", "accounts", option, value, accounts];

        var (exitCode, output) = Load(args);

        Assert.NotEqual(0, exitCode);
        Assert.Contains(expected, output);
    }

    private (int ExitCode, string Output) Load(params string[] args) =>
        CliRun.Invoke(["load", "--db", folder.File("db.duckdb"), .. args]);

    private string Write(string name, string content)
    {
        File.WriteAllText(folder.File(name), content);
        return folder.File(name);
    }

    private long Count(string table)
    {
        using var database = ReportingDatabase.Open(folder.File("db.duckdb"));
        using var connection = database.Connect();
        return (long)connection.Query($"SELECT count(*) FROM {table}").Scalar()!;
    }

    public void Dispose() => folder.Dispose();
}
