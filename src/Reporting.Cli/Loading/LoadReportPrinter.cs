using System.Globalization;
using Reporting.Core.Ingest;
using Spectre.Console;

namespace Reporting.Cli.Loading;

/// <summary>Prints a load report: counts, ignored columns, errors and reject files.</summary>
internal static class LoadReportPrinter
{
    public static void Print(IAnsiConsole console, LoadReport report)
    {
        var table = new Table().AddColumn("Load").AddColumn(new TableColumn("Value").RightAligned());
        table.AddRow("rows read", Count(report.RowsRead));
        table.AddRow("inserted", Count(report.Inserted));
        table.AddRow("replaced", Count(report.Replaced));
        table.AddRow("rejected", Count(report.Rejected));
        table.AddRow("seconds", report.Seconds.ToString("0.00", CultureInfo.InvariantCulture));
        table.AddRow("rows/s", Count((long)report.RowsPerSecond));
        console.Write(table);
        foreach (var ignored in report.IgnoredColumns)
        {
            console.MarkupLineInterpolated($"[grey]ignored column[/] {ignored}");
        }
        foreach (var error in report.Errors)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {error}");
        }
        if (report.ErrorCount > report.Errors.Count)
        {
            console.MarkupLineInterpolated($"[red]… and {report.ErrorCount - report.Errors.Count:N0} more errors[/]");
        }
        foreach (var rejects in report.RejectFiles)
        {
            console.MarkupLineInterpolated($"rejected rows written to [bold]{rejects}[/]");
        }
        console.MarkupLine(report.Committed
            ? $"[green]Loaded {report.Kind.Name()}: data version {report.DataVersion}.[/]"
            : "[red]Nothing was loaded: the database is unchanged.[/]");
    }

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
