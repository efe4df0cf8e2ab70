using System.CommandLine;
using System.Globalization;
using Reporting.Core.Storage;
using Reporting.DuckDb;
using Reporting.Seed;
using Spectre.Console;

namespace Reporting.Cli.Seeding;

/// <summary>`reporting seed`: writes deterministic demo data with a progress bar and a summary.</summary>
internal static class SeedCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var database = CommonOptions.Database();
        var accounts = PositiveInt("--accounts", "Number of accounts.", new SeedOptions().Accounts);
        var months = PositiveInt("--months", "Months of history before --as-of.", new SeedOptions().Months);
        var seed = new Option<int>("--seed") { Description = "Random seed: the same seed gives the same rows.", DefaultValueFactory = _ => new SeedOptions().Seed };
        var asOf = new Option<DateOnly?>("--as-of") { Description = "End of the data (exclusive), YYYY-MM-DD. Default: the first day of this month." };
        var replace = new Option<bool>("--replace") { Description = "Replace the data of a database that already holds some." };
        var ifEmpty = new Option<bool>("--if-empty") { Description = "Seed only a database that holds no data (not even a loaded team); otherwise say so and leave it. ./run.sh runs this on every start." };

        var command = new Command("seed", "Generate deterministic demo data (accounts, tickets, surveys, engagement …) into a database.")
        {
            database, accounts, months, seed, asOf, replace, ifEmpty,
        };
        command.SetAction(result =>
        {
            var options = new SeedOptions
            {
                Accounts = result.GetValue(accounts),
                Months = result.GetValue(months),
                Seed = result.GetValue(seed),
                Replace = result.GetValue(replace),
            };
            options = result.GetValue(asOf) is { } end ? options with { AsOf = end } : options;
            return Run(console, result.GetValue(database)!, options, result.GetValue(ifEmpty));
        });
        return command;
    }

    private static int Run(IAnsiConsole console, string path, SeedOptions options, bool ifEmpty)
    {
        using var database = CliDatabase.Open(path);
        if (ifEmpty && !IsEmpty(database))
        {
            console.MarkupLineInterpolated($"{path} already holds data: not seeded.");
            return 0;
        }
        console.MarkupLineInterpolated($"Seeding [bold]{path}[/]: {options.Accounts} accounts × {options.Months} months before {options.AsOf:yyyy-MM-dd}, seed {options.Seed}");
        var summary = StageProgressBar.Run<SeedProgress, SeedSummary>(console, p => (p.Stage, p.Done, p.Total),
            progress => DemoDataSeeder.Seed(database, options, progress));
        console.Write(SummaryTable(summary));
        console.MarkupLineInterpolated($"[green]Seeded {summary.TotalRows:N0} rows in {summary.Elapsed.TotalSeconds:0.00} s.[/]");
        return 0;
    }

    /// <summary>
    /// "Empty" rather than "a new file": a seed that was interrupted rolled back and left an empty file,
    /// which the next run seeds again; a loaded team is data too (the seed would not write its demo team over it).
    /// </summary>
    private static bool IsEmpty(ReportingDatabase database)
    {
        if (DataSummary.HoldsRows(database))
        {
            return false;
        }
        using var connection = database.Connect();
        return connection.Query("SELECT count(*) FROM dim_team_member").Scalar() is 0L;
    }

    private static Table SummaryTable(SeedSummary summary)
    {
        var table = new Table().AddColumn("Table").AddColumn(new TableColumn("Rows").RightAligned());
        foreach (var (name, rows) in summary.RowsPerTable)
        {
            table.AddRow(name, rows.ToString("N0", CultureInfo.InvariantCulture));
        }
        return table;
    }

    private static Option<int> PositiveInt(string name, string description, int defaultValue)
    {
        var option = new Option<int>(name) { Description = description, DefaultValueFactory = _ => defaultValue };
        option.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
            {
                r.AddError($"{name} must be at least 1.");
            }
        });
        return option;
    }
}
