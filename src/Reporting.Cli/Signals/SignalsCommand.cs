using System.CommandLine;
using System.Text.Json;
using Reporting.Core.Cube.Model;
using Reporting.Core.Kpis;
using Reporting.Core.Signals;
using Reporting.Core.Storage;
using Reporting.Core.Themes;
using Spectre.Console;

namespace Reporting.Cli.Signals;

/// <summary>
/// `reporting signals`: the warning signals of reports/playbook.yaml as of a date, for one account (every
/// signal with the sentences of the checks that held) or for every account (those firing), as a table
/// or, with --json, as the JSON of GET /api/accounts/{id}/signals (an array for every account).
/// </summary>
internal static class SignalsCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var database = CommonOptions.Database();
        var account = new Option<string?>("--account") { Description = "Only this account (its account_id)." };
        var asOf = new Option<string?>("--as-of") { Description = "Judge as of this date, YYYY-MM-DD (default today): the current period is the whole months before it." };
        var json = new Option<bool>("--json") { Description = "Print JSON instead of a table." };
        var actAs = ActAs.Option();
        var command = new Command("signals", "Judge the warning signals (reports/playbook.yaml) with their evidence.") { database, account, asOf, json, actAs };
        command.SetAction((result, cancellationToken) => Task.FromResult(Run(
            console, result.GetValue(database)!, result.GetValue(account), result.GetValue(asOf), result.GetValue(json), result.GetValue(actAs), cancellationToken)));
        return command;
    }

    private static int Run(IAnsiConsole console, string path, string? account, string? asOfText, bool json, string? actAs, CancellationToken cancellationToken)
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
            var asOf = given ?? host.Today();
            var signals = host.Get<SignalEvaluator>();
            if (string.IsNullOrWhiteSpace(account))
            {
                var all = signals.ForAll(asOf, cancellationToken: cancellationToken);
                Print(console, json ? JsonSerializer.Serialize(all, SignalsJson.Indented) : null, () => console.Write(SignalTables.Accounts(all)));
                return 0;
            }
            if (signals.ForAccount(account.Trim(), asOf, cancellationToken) is not { } judged)
            {
                console.MarkupLineInterpolated($"[red]error:[/] account: no account '{account.Trim()}'");
                return 2;
            }
            Print(console, json ? JsonSerializer.Serialize(judged, SignalsJson.Indented) : null, () => SignalTables.Write(console, judged));
            return 0;
        }
        catch (Exception e) when (e is KpiCatalogException or ModelException or PlaybookException or ThemesException)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
            return 1;
        }
    }

    private static void Print(IAnsiConsole console, string? json, Action table)
    {
        if (json is not null)
        {
            console.WriteLine(json);
        }
        else
        {
            table();
        }
    }
}
