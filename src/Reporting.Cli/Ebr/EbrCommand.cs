using System.CommandLine;
using System.Globalization;
using Reporting.Core.Accounts;
using Reporting.Core.Cube.Model;
using Reporting.Core.Ebr;
using Reporting.Core.Kpis;
using Reporting.Core.Planning;
using Reporting.Core.Signals;
using Reporting.Core.Storage;
using Reporting.Core.Themes;
using Reporting.Documents.Ebr;
using Spectre.Console;

namespace Reporting.Cli.Ebr;

/// <summary>
/// `reporting ebr`: an account's Executive Business Review pack as PDF (--account, --out FILE.pdf),
/// or every account's (--all, --out DIR) printed in parallel with a progress bar and a summary of
/// failures. Without Chromium it exits 1 saying how to install it.
/// </summary>
internal static class EbrCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var database = CommonOptions.Database();
        var account = new Option<string?>("--account") { Description = "The account (its account_id)." };
        var all = new Option<bool>("--all") { Description = "Every account, one PDF each, into the --out folder." };
        var from = new Option<string?>("--from") { Description = "First day, YYYY-MM-DD (default: the pack's whole months before today)." };
        var to = new Option<string?>("--to") { Description = "Last day, YYYY-MM-DD, inclusive (default: the end of last month)." };
        var pack = new Option<string?>("--pack") { Description = "The pack of reports/ebr (default: default)." };
        var output = new Option<string>("--out") { Description = "The PDF file (--account) or folder (--all).", Required = true };
        var parallel = new Option<int>("--parallel") { Description = "Packs printed at once with --all.", DefaultValueFactory = _ => 2 };
        var actAs = ActAs.Option();
        var chromium = new Option<string?>("--chromium") { Description = "The Chromium executable (default: Reporting:Pdf:ChromiumPath, CHROMIUM_PATH, /usr/bin/chromium)." };
        var command = new Command("ebr", "Print Executive Business Review packs (reports/ebr) as PDF with Chromium.")
        {
            database, account, all, from, to, pack, output, parallel, chromium, actAs,
        };
        command.SetAction((result, cancellationToken) => Run(console, new EbrArguments(
            result.GetValue(database)!, result.GetValue(account), result.GetValue(all), result.GetValue(from), result.GetValue(to),
            result.GetValue(pack), result.GetValue(output)!, result.GetValue(parallel), result.GetValue(chromium)) { As = result.GetValue(actAs) }, cancellationToken));
        return command;
    }

    private static async Task<int> Run(IAnsiConsole console, EbrArguments arguments, CancellationToken cancellationToken)
    {
        if (arguments.Problem() is { } problem)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {problem}");
            return 2;
        }
        if (!File.Exists(arguments.Database))
        {
            console.MarkupLineInterpolated($"[red]error:[/] db: there is no database at {arguments.Database}");
            return 2;
        }
        try
        {
            using var host = CliServices.Open(arguments.Database, arguments.PdfSettings());
            using var acting = ActAs.Enter(console, host.Database(), arguments.As);
            if (acting is null)
            {
                return 2;
            }
            var packs = host.Get<EbrPacks>();
            if (!packs.Renderer.Available)
            {
                throw new ChromiumMissingException(packs.Renderer.ChromiumPath);
            }
            var dates = KpiFilter.Parse(null, null, arguments.From, arguments.To);
            packs.Pack(arguments.Pack);
            return arguments.All
                ? await EbrBatch.Run(console, packs, host.Get<AccountDirectory>().All(), dates, arguments, host.Today(), cancellationToken)
                : await One(console, packs, new EbrRequest(arguments.Account!.Trim(), dates.From, dates.To, arguments.Pack), arguments.Output, host.Today(), cancellationToken);
        }
        catch (KpiFilterException e)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {e.Parameter}: {e.Message}");
            return 2;
        }
        catch (Exception e) when (e is ChromiumMissingException or EbrPackException or KpiCatalogException or ModelException or PlaybookException or ThemesException)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {e.Message}");
            return 1;
        }
    }

    private static async Task<int> One(IAnsiConsole console, EbrPacks packs, EbrRequest request, string path, DateOnly today, CancellationToken cancellationToken)
    {
        var started = System.Diagnostics.Stopwatch.StartNew();
        var pdf = await packs.PdfAsync(request, today, cancellationToken);
        if (pdf is null)
        {
            console.MarkupLineInterpolated($"[red]error:[/] account: no account '{request.AccountId}'");
            return 2;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await File.WriteAllBytesAsync(path, pdf.Bytes, cancellationToken);
        var content = pdf.Document.Content;
        console.MarkupLineInterpolated(
            $"[green]Wrote[/] {path}: {content.Account.Name} ({content.Account.Id}), {EbrText.Period(content.Period)}, {pdf.Bytes.Length / 1024.0:N0} KiB in {started.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)} s.");
        return 0;
    }
}

/// <summary>The command's options, with the one rule between them: exactly one of --account and --all.</summary>
internal sealed record EbrArguments(string Database, string? Account, bool All, string? From, string? To, string? Pack, string Output, int Parallel, string? Chromium)
{
    /// <summary>The team member the packs are printed as (--as), or null for every account.</summary>
    public string? As { get; init; }

    /// <summary>The renderer's settings: as many pages at once as packs in parallel, and Chromium where --chromium says.</summary>
    public Dictionary<string, string?> PdfSettings()
    {
        var settings = new Dictionary<string, string?> { ["Reporting:Pdf:Concurrency"] = Parallel.ToString(CultureInfo.InvariantCulture) };
        if (!string.IsNullOrWhiteSpace(Chromium))
        {
            settings["Reporting:Pdf:ChromiumPath"] = Chromium;
        }
        return settings;
    }

    public string? Problem() => (string.IsNullOrWhiteSpace(Account), All, Parallel) switch
    {
        (true, false, _) => "name an account with --account, or ask for every account with --all",
        (false, true, _) => "--account and --all do not go together",
        (_, _, < 1 or > 32) => $"parallel: {Parallel} is not 1 to 32",
        _ => null,
    };
}
