using Reporting.Core.Access;

namespace Reporting.Core.Ingest;

/// <summary>How a load reads in the audit log, whoever started it (the command line, the ingest API).</summary>
public static class LoadAudit
{
    /// <summary>Target: the kind and the files' names ("team: team.csv"); outcome ok or failed; detail: rows read and errors.</summary>
    public static AuditEntry Entry(LoadReport report, string actor, string? origin, DateTimeOffset at) => new(
        at,
        actor,
        AuditActions.Load,
        $"{report.Kind.Name()}: {string.Join(", ", report.Files.Select(Path.GetFileName))}",
        origin,
        report.Committed ? "ok" : "failed",
        $"{report.RowsRead} rows read, {report.ErrorCount} errors");
}
