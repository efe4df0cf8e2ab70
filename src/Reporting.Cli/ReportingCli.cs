using System.CommandLine;
using Reporting.Cli.Audit;
using Reporting.Cli.Delivery;
using Reporting.Cli.Ebr;
using Reporting.Cli.Kpis;
using Reporting.Cli.Loading;
using Reporting.Cli.Querying;
using Reporting.Cli.Seeding;
using Reporting.Cli.Signals;
using Reporting.Cli.Surveys;
using Reporting.Cli.Users;
using Spectre.Console;

namespace Reporting.Cli;

/// <summary>The `reporting` command line: one sub-command per feature.</summary>
public static class ReportingCli
{
    /// <param name="input">Stands for redirected standard input (a password); null reads the process's own.</param>
    public static RootCommand Build(IAnsiConsole console, TextReader? input = null)
    {
        var root = new RootCommand("Customer Success reporting: load facts into DuckDB, query KPIs, render EBR packs.");
        root.Subcommands.Add(SeedCommand.Create(console));
        root.Subcommands.Add(LoadCommand.Create(console));
        root.Subcommands.Add(QueryCommand.Create(console));
        root.Subcommands.Add(KpisCommand.Create(console));
        root.Subcommands.Add(SignalsCommand.Create(console));
        root.Subcommands.Add(PlanCommand.Create(console));
        root.Subcommands.Add(SurveyPlanCommand.Create(console));
        root.Subcommands.Add(EbrCommand.Create(console));
        root.Subcommands.Add(UsersCommand.Create(console, input));
        root.Subcommands.Add(AuditCommand.Create(console));
        root.Subcommands.Add(SubscriptionsCommand.Create(console));
        root.Subcommands.Add(DeliverCommand.Create(console));
        return root;
    }

    public static int Run(string[] args, IAnsiConsole console, TextReader? input = null)
    {
        var parsed = Build(console, input).Parse(args);
        if (parsed.Errors.Count > 0)
        {
            // Printed through the console so that tests and redirected runs see them too.
            foreach (var error in parsed.Errors)
            {
                console.Line($"error: {error.Message}", Color.Red);
            }
            return 2;
        }
        try
        {
            return parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is InvalidOperationException or System.Data.Common.DbException or IOException)
        {
            console.Line($"error: {e.Message}", Color.Red);
            return 1;
        }
    }
}
