using System.CommandLine;
using System.Globalization;
using Reporting.Core.Storage;
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

        var command = new Command("seed", "Generate deterministic demo data (accounts, tickets, surveys, engagement …) into a database.")
        {
            database, accounts, months, seed, asOf, replace,
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
            return Run(console, result.GetValue(database)!, options);
        });
        return command;
    }

    private static int Run(IAnsiConsole console, string path, SeedOptions options)
    {
        console.MarkupLineInterpolated($"Seeding [bold]{path}[/]: {options.Accounts} accounts × {options.Months} months before {options.AsOf:yyyy-MM-dd}, seed {options.Seed}");
        using var database = ReportingDatabase.Open(path);
        var summary = StageProgressBar.Run<SeedProgress, SeedSummary>(console, p => (p.Stage, p.Done, p.Total),
            progress => DemoDataSeeder.Seed(database, options, progress));
        console.Write(SummaryTable(summary));
        console.MarkupLineInterpolated($"[green]Seeded {summary.TotalRows:N0} rows in {summary.Elapsed.TotalSeconds:0.00} s.[/]");
        return 0;
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
