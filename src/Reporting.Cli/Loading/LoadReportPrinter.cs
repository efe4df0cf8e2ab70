using System.Globalization;
using Reporting.Core.Ingest;
using Reporting.Core.Ingest.Layouts;
using Spectre.Console;

namespace Reporting.Cli.Loading;

/// <summary>Prints a load report: counts, how files were read, ignored columns, errors and reject files. Values are text, never markup.</summary>
internal static class LoadReportPrinter
{
    public static void Print(IAnsiConsole console, LoadReport report, bool verbose)
    {
        var table = new Table().AddColumn("Load").AddColumn(new TableColumn("Value").RightAligned());
        table.AddRow("rows read", Count(report.RowsRead));
        table.AddRow("inserted", Count(report.Inserted));
        table.AddRow("replaced", Count(report.Replaced));
        if (KindLayouts.For(report.Kind).IsWholeTable)
        {
            table.AddRow("removed", Count(report.Removed));
        }
        table.AddRow("rejected", Count(report.Rejected));
        table.AddRow("seconds", report.Seconds.ToString("0.00", CultureInfo.InvariantCulture));
        table.AddRow("rows/s", Count((long)report.RowsPerSecond));
        console.Write(table);
        foreach (var note in report.Notes)
        {
            console.Line(note);
        }
        foreach (var ignored in report.IgnoredColumns)
        {
            console.Line($"ignored column {ignored}", Color.Grey);
        }
        foreach (var error in report.Errors)
        {
            console.Line($"error: {error}", Color.Red);
            if (verbose && error.Detail is { } detail)
            {
                console.Line($"  reader said: {detail}", Color.Grey);
            }
        }
        if (report.ErrorCount > report.Errors.Count)
        {
            console.Line($"… and {Count(report.ErrorCount - report.Errors.Count)} more errors", Color.Red);
        }
        foreach (var rejects in report.RejectFiles)
        {
            console.Line($"rejected rows written to {rejects}");
        }
        if (report.Committed)
        {
            console.Line($"Loaded {report.Kind.Name()}: data version {report.DataVersion}.", Color.Green);
        }
        else
        {
            console.Line("Nothing was loaded: the database is unchanged.", Color.Red);
        }
    }

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
