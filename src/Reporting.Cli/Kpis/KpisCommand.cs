using System.CommandLine;
using System.Text.Json;
using Reporting.Core.Access;
using Reporting.Core.Cube.Model;
using Reporting.Core.Health;
using Reporting.Core.Kpis;
using Spectre.Console;

namespace Reporting.Cli.Kpis;

/// <summary>
/// `reporting kpis`: every KPI for an account, a segment and inclusive dates over each KPI's own event
/// time, as a table, or with --json as {"kpis": {"&lt;id&gt;": {"value", "n", "low_sample"}, …}}; the accounts
/// may be narrowed by CSM, region and tier, and the whole command may run as a team member (--as).
/// </summary>
internal static class KpisCommand
{
    private static readonly JsonSerializerOptions Output = new() { WriteIndented = true };

    public static Command Create(IAnsiConsole console)
    {
        var database = CommonOptions.Database();
        var account = new Option<string?>("--account") { Description = "Only this account (its account_id)." };
        var segment = new Option<string?>("--segment") { Description = $"Only this segment ({string.Join(", ", KpiFilter.Segments)})." };
        var csm = new Option<string?>("--csm") { Description = "Only the accounts of this CSM (as the accounts name them; without case)." };
        var region = new Option<string?>("--region") { Description = "Only the accounts of this region." };
        var tier = new Option<string?>("--tier") { Description = "Only the accounts of this tier." };
        var from = new Option<string?>("--from") { Description = "First day, YYYY-MM-DD (inclusive)." };
        var to = new Option<string?>("--to") { Description = "Last day, YYYY-MM-DD (inclusive)." };
        var actAs = ActAs.Option();
        var json = new Option<bool>("--json") { Description = "Print JSON instead of a table." };
        var command = new Command("kpis", "Compute every KPI (reports/kpis.yaml) and print it as a table or as JSON.")
        {
            database, account, segment, csm, region, tier, from, to, actAs, json,
        };
        command.SetAction(result => Run(
            console,
            result.GetValue(database)!,
            new KpisRequest(result.GetValue(account), result.GetValue(segment), result.GetValue(from), result.GetValue(to))
            {
                Csm = result.GetValue(csm), Region = result.GetValue(region), Tier = result.GetValue(tier), As = result.GetValue(actAs),
            },
            result.GetValue(json)));
        return command;
    }

    private static int Run(IAnsiConsole console, string path, KpisRequest request, bool json)
    {
        KpiFilter filter;
        try
        {
            filter = KpiFilter.Parse(request.Account, request.Segment, request.From, request.To);
        }
        catch (KpiFilterException e)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
            return 2;
        }
        try
        {
            using var host = CliServices.Open(path);
            var database = host.Database();
            using var acting = ActAs.Enter(console, database, request.As);
            if (acting is null)
            {
                return 2;
            }
            using var narrowed = AccessScope.Enter(KpiAccountFilter.Narrow(database, request.Csm, request.Region, request.Tier) ?? AccessScope.Current);
            Print(console, host.Get<KpiCalculator>(), filter, host.Today(), json);
            return 0;
        }
        catch (KpiFilterException e)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
            return 2;
        }
        catch (Exception e) when (e is KpiCatalogException or ModelException)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
            return 1;
        }
    }

    private static void Print(IAnsiConsole console, KpiCalculator calculator, KpiFilter filter, DateOnly today, bool json)
    {
        var results = calculator.Compute(filter, today);
        if (json)
        {
            console.WriteLine(JsonSerializer.Serialize(results, Output));
        }
        else
        {
            console.Write(KpiTable.Of(calculator.Catalog, results));
        }
    }
}

/// <summary>What `reporting kpis` was asked for, as typed.</summary>
internal sealed record KpisRequest(string? Account, string? Segment, string? From, string? To)
{
    public string? Csm { get; init; }

    public string? Region { get; init; }

    public string? Tier { get; init; }

    public string? As { get; init; }
}
