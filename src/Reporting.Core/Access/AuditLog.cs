using Reporting.DuckDb;
using Reporting.Core.Storage;

namespace Reporting.Core.Access;

/// <summary>Writes and reads the audit log (audit_event). Never holds a password or a token.</summary>
public sealed class AuditLog(ReportingDatabase database)
{
    public void Record(AuditEntry entry)
    {
        using var connection = database.Connect();
        connection.Execute(
            "INSERT INTO audit_event (occurred_at, actor, action, target, origin, outcome, detail) VALUES ($1, $2, $3, $4, $5, $6, $7)",
            entry.OccurredAt, entry.Actor, entry.Action, entry.Target, entry.Origin, entry.Outcome, entry.Detail);
    }

    /// <summary>The newest <paramref name="limit"/> entries, newest first.</summary>
    public IReadOnlyList<AuditEntry> Recent(int limit)
    {
        using var connection = database.Connect();
        var rows = connection.Query(
            "SELECT occurred_at, actor, action, target, origin, outcome, detail FROM audit_event ORDER BY event_id DESC LIMIT $1", (long)limit);
        return Enumerable.Range(0, rows.RowCount).Select(i => new AuditEntry(
                (DateTimeOffset)rows.Columns[0].GetValue(i)!,
                (string)rows.Columns[1].GetValue(i)!,
                (string)rows.Columns[2].GetValue(i)!,
                (string?)rows.Columns[3].GetValue(i),
                (string?)rows.Columns[4].GetValue(i),
                (string)rows.Columns[5].GetValue(i)!,
                (string?)rows.Columns[6].GetValue(i)))
            .ToList();
    }
}
