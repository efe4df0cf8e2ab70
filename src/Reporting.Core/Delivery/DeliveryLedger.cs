using Reporting.Core.Storage;
using Reporting.DuckDb;

namespace Reporting.Core.Delivery;

/// <summary>
/// The delivery table: all its SQL. A row is written (pending) before a message is sent and is unique
/// per (subscription, occurrence, recipient, pack account), so whatever runs again finds it.
/// The pack account is stored as '' for a digest (NULLs would not collide in the UNIQUE key).
/// </summary>
public sealed class DeliveryLedger(ReportingDatabase database)
{
    private const string Columns = "delivery_id, subscription_id, occurrence, recipient, pack_account_id, status, attempts, last_error, sent_at";

    /// <summary>
    /// Records the delivery as pending and returns its id, or returns the id of the row already there
    /// when that row is still pending (a run that stopped before sending it); null when it was sent,
    /// failed or missed already.
    /// </summary>
    public long? Claim(long subscriptionId, DateTimeOffset occurrence, string recipient, string? accountId, DateTimeOffset now)
    {
        using var connection = database.Connect();
        var inserted = connection.Query("""
            INSERT INTO delivery (subscription_id, occurrence, recipient, pack_account_id, status, recorded_at)
            VALUES ($1, $2, $3, $4, 'pending', $5) ON CONFLICT DO NOTHING RETURNING delivery_id
            """, subscriptionId, occurrence, recipient, accountId ?? "", now).Scalar();
        if (inserted is long id)
        {
            return id;
        }
        var existing = connection.Query("""
            SELECT delivery_id FROM delivery
            WHERE subscription_id = $1 AND occurrence = $2 AND recipient = $3 AND pack_account_id = $4 AND status = 'pending'
            """, subscriptionId, occurrence, recipient, accountId ?? "").Scalar();
        return (long?)existing;
    }

    /// <summary>Records an occurrence that fell due outside the grace window as missed (once).</summary>
    public void RecordMissed(long subscriptionId, DateTimeOffset occurrence, string recipient, string? accountId, DateTimeOffset now)
    {
        using var connection = database.Connect();
        connection.Execute("""
            INSERT INTO delivery (subscription_id, occurrence, recipient, pack_account_id, status, recorded_at, last_error)
            VALUES ($1, $2, $3, $4, 'missed', $5, 'fell due outside the grace window') ON CONFLICT DO NOTHING
            """, subscriptionId, occurrence, recipient, accountId ?? "", now);
    }

    /// <summary>Counts one attempt and its error (null when it went through).</summary>
    public void RecordAttempt(long deliveryId, string? error)
    {
        using var connection = database.Connect();
        connection.Execute("UPDATE delivery SET attempts = attempts + 1, last_error = coalesce($1, last_error) WHERE delivery_id = $2", error, deliveryId);
    }

    public void MarkSent(long deliveryId, DateTimeOffset sentAt) => SetStatus(deliveryId, DeliveryStatus.Sent, sentAt, null);

    public void MarkFailed(long deliveryId, string error) => SetStatus(deliveryId, DeliveryStatus.Failed, null, error);

    /// <summary>A pending row whose occurrence left the grace window before any run sent it.</summary>
    public void MarkMissed(long deliveryId) => SetStatus(deliveryId, DeliveryStatus.Missed, null, "fell due outside the grace window");

    public DeliveryRecord? Find(long deliveryId)
    {
        using var connection = database.Connect();
        return Read(connection.Query($"SELECT {Columns} FROM delivery WHERE delivery_id = $1", deliveryId)).FirstOrDefault();
    }

    /// <summary>Pending rows a stopped run left behind (the runs of one process are serialised; another process cannot hold the file).</summary>
    public IReadOnlyList<DeliveryRecord> Pending()
    {
        using var connection = database.Connect();
        return Read(connection.Query($"SELECT {Columns} FROM delivery WHERE status = 'pending' ORDER BY delivery_id"));
    }

    /// <summary>The newest <paramref name="limit"/> rows (of one subscription when given), newest first.</summary>
    public IReadOnlyList<DeliveryRecord> Recent(long? subscriptionId, int limit)
    {
        using var connection = database.Connect();
        return Read(connection.Query(
            $"SELECT {Columns} FROM delivery WHERE ($1::BIGINT IS NULL OR subscription_id = $1) ORDER BY delivery_id DESC LIMIT $2",
            subscriptionId, (long)limit));
    }

    private void SetStatus(long deliveryId, string status, DateTimeOffset? sentAt, string? error)
    {
        using var connection = database.Connect();
        connection.Execute(
            "UPDATE delivery SET status = $1, sent_at = $2, last_error = coalesce($3, last_error) WHERE delivery_id = $4",
            status, sentAt, error, deliveryId);
    }

    private static List<DeliveryRecord> Read(DuckDbResultSet rows) => Enumerable.Range(0, rows.RowCount).Select(i =>
    {
        object? Get(string column) => rows[column].GetValue(i);
        var account = (string)Get("pack_account_id")!;
        return new DeliveryRecord(
            (long)Get("delivery_id")!, (long)Get("subscription_id")!, (DateTimeOffset)Get("occurrence")!, (string)Get("recipient")!,
            account.Length == 0 ? null : account, (string)Get("status")!, (int)Get("attempts")!, (string?)Get("last_error"),
            (DateTimeOffset?)Get("sent_at"));
    }).ToList();
}
