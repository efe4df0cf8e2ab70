using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Reporting.Core.Accounts;
using Reporting.Core.Kpis;
using Reporting.Documents.Ebr;
using Spectre.Console;

namespace Reporting.Cli.Ebr;

/// <summary>
/// Every account's pack into a folder: --parallel at once (the renderer's own limit is the same
/// number), a progress bar, then a summary; a pack that fails is listed with why and the others
/// still print. Exit code 1 when any failed.
/// </summary>
internal static class EbrBatch
{
    public static async Task<int> Run(IAnsiConsole console, EbrPacks packs, IReadOnlyList<AccountCard> accounts, KpiFilter dates, EbrArguments arguments, DateOnly today, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(arguments.Output);
        var failures = new ConcurrentBag<(string Account, string Error)>();
        var clock = Stopwatch.StartNew();
        long bytes = 0;
        await console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask($"EBR packs ({accounts.Count})", maxValue: Math.Max(1, accounts.Count));
                var options = new ParallelOptions { MaxDegreeOfParallelism = arguments.Parallel, CancellationToken = cancellationToken };
                await Parallel.ForEachAsync(accounts, options, async (account, token) =>
                {
                    try
                    {
                        var pdf = await packs.PdfAsync(new EbrRequest(account.Id, dates.From, dates.To, arguments.Pack), today, token);
                        await File.WriteAllBytesAsync(Path.Combine(arguments.Output, pdf!.FileName), pdf.Bytes, token);
                        Interlocked.Add(ref bytes, pdf.Bytes.Length);
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        failures.Add((account.Id, e.Message));
                    }
                    task.Increment(1);
                });
            });
        return Summarize(console, accounts.Count, failures, bytes, clock.Elapsed, arguments.Output);
    }

    private static int Summarize(IAnsiConsole console, int total, ConcurrentBag<(string Account, string Error)> failures, long bytes, TimeSpan elapsed, string folder)
    {
        var printed = total - failures.Count;
        console.MarkupLineInterpolated(
            $"Printed {printed} of {total} packs into {folder} ({bytes / 1048576.0:N1} MiB) in {elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s.");
        if (failures.IsEmpty)
        {
            return 0;
        }
        var table = new Table().AddColumn("Account").AddColumn("Why it failed");
        foreach (var (account, error) in failures.OrderBy(f => f.Account, StringComparer.Ordinal))
        {
            table.AddRow(Markup.Escape(account), Markup.Escape(error));
        }
        console.Write(table);
        console.MarkupLineInterpolated($"[red]{failures.Count} pack(s) failed.[/]");
        return 1;
    }
}
