using System.CommandLine;
using Reporting.Core.Ingest;
using Reporting.Core.Storage;
using Spectre.Console;

namespace Reporting.Cli.Loading;

/// <summary>`reporting load`: loads export files of one kind, all or nothing, and prints the load report.</summary>
internal static class LoadCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var database = CommonOptions.Database();
        var kind = new Option<string>("--kind") { Description = $"What the files hold: {FactKinds.AllNames}.", Required = true };
        kind.AcceptOnlyFromAmong(Enum.GetValues<FactKind>().Select(k => k.Name()).ToArray());
        var format = new Option<string>("--format") { Description = $"Whose export the files are: {SourceFormats.AllNames}.", DefaultValueFactory = _ => "native" };
        format.AcceptOnlyFromAmong(Enum.GetValues<SourceFormat>().Select(f => f.Name()).ToArray());
        var accountColumn = new Option<string?>("--account-column") { Description = "The column that names the account (Delighted property column)." };
        var skipInvalid = new Option<bool>("--skip-invalid") { Description = "Load the valid rows; write rejected rows to NAME.rejects.csv beside each input." };
        var timeZone = new Option<string>("--timezone") { Description = "IANA zone of timestamps without an offset (Zendesk writes local time).", DefaultValueFactory = _ => "UTC" };
        var cesScale = new Option<string>("--ces-scale") { Description = "effort (7 = most effort) or agreement (7 = easiest; stored as 8 - score).", DefaultValueFactory = _ => "effort" };
        cesScale.AcceptOnlyFromAmong("effort", "agreement");
        var encoding = new Option<string>("--encoding") { Description = "utf8, or latin1 for Latin-1 / Windows exports (UTF-16 with a byte order mark is read without it).", DefaultValueFactory = _ => "utf8" };
        encoding.AcceptOnlyFromAmong("utf8", "latin1");
        var verbose = new Option<bool>("--verbose") { Description = "Also print the reader's own message (DuckDB's) under an error." };
        var files = new Argument<string[]>("files") { Description = "CSV, Parquet (.parquet) or JSON lines (.jsonl, .ndjson, .json) files.", Arity = ArgumentArity.OneOrMore };

        var command = new Command("load", "Load export files into the database in one transaction: all rows or none.")
        {
            database, kind, format, accountColumn, skipInvalid, timeZone, cesScale, encoding, verbose, files,
        };
        command.SetAction(result =>
        {
            FactKinds.TryParse(result.GetValue(kind), out var factKind);
            SourceFormats.TryParse(result.GetValue(format), out var sourceFormat);
            var options = new LoadOptions(factKind)
            {
                Format = sourceFormat,
                AccountColumn = result.GetValue(accountColumn),
                SkipInvalid = result.GetValue(skipInvalid),
                TimeZone = result.GetValue(timeZone)!,
                CesScale = result.GetValue(cesScale) == "agreement" ? CesScale.Agreement : CesScale.Effort,
                Encoding = result.GetValue(encoding) == "latin1" ? TextEncoding.Latin1 : TextEncoding.Utf8,
            };
            return Run(console, result.GetValue(database)!, result.GetValue(files)!, options, result.GetValue(verbose));
        });
        return command;
    }

    private static int Run(IAnsiConsole console, string path, string[] files, LoadOptions options, bool verbose)
    {
        using var database = CliDatabase.Open(path);
        var report = StageProgressBar.Run<LoadProgress, LoadReport>(console, p => (p.Stage, p.Done, p.Total),
            progress => FactLoader.Load(database, files, options, progress));
        CliAudit.Record(database, LoadAudit.Entry(report, CliAudit.Actor, CliAudit.Origin, DateTimeOffset.UtcNow));
        LoadReportPrinter.Print(console, report, verbose);
        // With --skip-invalid a load that committed its good rows succeeded; its rejects are in the report.
        return report.Committed ? 0 : 1;
    }
}
