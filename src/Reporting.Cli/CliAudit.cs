using Reporting.Core.Access;
using Reporting.Core.Storage;

namespace Reporting.Cli;

/// <summary>What the command line does goes to the audit log as actor "cli", from this machine.</summary>
internal static class CliAudit
{
    public const string Actor = "cli";

    public static string Origin => Environment.MachineName;

    public static void Record(ReportingDatabase database, string action, string? target, string outcome, string? detail) =>
        Record(database, new AuditEntry(DateTimeOffset.UtcNow, Actor, action, target, Origin, outcome, detail));

    public static void Record(ReportingDatabase database, AuditEntry entry) => new AuditLog(database).Record(entry);
}
