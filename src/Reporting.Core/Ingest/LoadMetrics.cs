using System.Diagnostics;
using Reporting.Core.Telemetry;

namespace Reporting.Core.Ingest;

/// <summary>
/// What a finished load adds to the metrics: its duration by kind and outcome, the rows it committed,
/// and the rows it refused (skipped with --skip-invalid, or every row read when errors stopped it).
/// </summary>
internal static class LoadMetrics
{
    public static void Record(LoadReport report)
    {
        var kind = new TagList { { "kind", report.Kind.Name() } };
        ReportingTelemetry.LoadDuration.Record(report.Seconds, [.. kind, new("outcome", report.Committed ? "committed" : "refused")]);
        ReportingTelemetry.LoadRows.Add(report.Committed ? report.Inserted + report.Replaced : 0, kind);
        ReportingTelemetry.LoadRejectedRows.Add(report.Committed ? report.Rejected : report.RowsRead, kind);
    }
}
