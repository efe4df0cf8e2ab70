using System.CommandLine;
using System.Text.Json;
using Reporting.Core.Cube.Model;
using Reporting.Core.Kpis;
using Reporting.Core.Planning;
using Reporting.Core.Signals;
using Reporting.Core.Storage;
using Reporting.Core.Themes;
using Spectre.Console;

namespace Reporting.Cli.Signals;

/// <summary>
/// `reporting plan`: an account's 30-60-90 plan as of a date (the same date gives the same plan): each
/// action with stage, owner, due date, KPI baseline and target, impact and the signals calling for it;
/// with --json, the JSON of GET /api/accounts/{id}/plan.
/// </summary>
internal static class PlanCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var database = CommonOptions.Database();
        var account = new Option<string>("--account") { Description = "The account (its account_id).", Required = true };
        var asOf = new Option<string?>("--as-of") { Description = "Plan as of this date, YYYY-MM-DD (default today); due dates count from it." };
        var json = new Option<bool>("--json") { Description = "Print JSON instead of a table." };
        var actAs = ActAs.Option();
        var command = new Command("plan", "Build an account's 30-60-90 plan from its signals (reports/playbook.yaml).") { database, account, asOf, json, actAs };
        command.SetAction((result, cancellationToken) => Task.FromResult(Run(
            console, result.GetValue(database)!, result.GetValue(account)!, result.GetValue(asOf), result.GetValue(json), result.GetValue(actAs), cancellationToken)));
        return command;
    }

    private static int Run(IAnsiConsole console, string path, string account, string? asOfText, bool json, string? actAs, CancellationToken cancellationToken)
    {
        if (EarlyWarning.AsOf(asOfText, out var given) is { } wrong)
        {
            console.MarkupLineInterpolated($"[red]error:[/] as-of: {wrong}");
            return 2;
        }
        try
        {
            using var host = CliServices.Open(path);
            using var acting = ActAs.Enter(console, host.Database(), actAs);
            if (acting is null)
            {
                return 2;
            }
            if (host.Get<RecoveryPlanner>().ForAccount(account.Trim(), given ?? host.Today(), cancellationToken) is not { } plan)
            {
                console.MarkupLineInterpolated($"[red]error:[/] account: no account '{account.Trim()}'");
                return 2;
            }
            if (json)
            {
                console.WriteLine(JsonSerializer.Serialize(plan, SignalsJson.Indented));
            }
            else
            {
                SignalTables.Write(console, plan);
            }
            return 0;
        }
        catch (Exception e) when (e is KpiCatalogException or ModelException or PlaybookException or ThemesException)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
            return 1;
        }
    }
}
