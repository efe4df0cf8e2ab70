using System.Globalization;
using System.Text.Json;
using Reporting.Core.Signals;
using Reporting.Core.Storage;
using Reporting.DuckDb;

namespace Reporting.Core.Alerts;

/// <summary>
/// The record of signal firings (signal_firing) and alert deliveries (alert_delivery): a firing is
/// recorded once per account, signal and period, so evaluating again finds nothing new to alert.
/// </summary>
public sealed class SignalLog(ReportingDatabase database)
{
    /// <summary>Records the firings not yet recorded and returns them; those recorded before are left out.</summary>
    public IReadOnlyList<FiredSignal> Record(IEnumerable<FiredSignal> firings, DateTime seenAt, CancellationToken cancellationToken = default)
    {
        using var connection = database.Connect();
        using var transaction = connection.BeginTransaction();
        var recorded = new List<FiredSignal>();
        foreach (var firing in firings)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (account, signal) = (firing.Account, firing.Signal);
            var inserted = connection.Execute(
                "INSERT OR IGNORE INTO signal_firing VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)",
                account.Account.Id, signal.Id, signal.Number, signal.Title, signal.Severity, account.Current.From, account.Current.To,
                account.AsOf, seenAt, firing.IsNew, string.Join("\n", signal.Reasons), JsonSerializer.Serialize(signal, SignalsJson.Options));
            if (inserted > 0)
            {
                recorded.Add(firing);
            }
        }
        transaction.Commit();
        return recorded;
    }

    public void RecordDelivery(AlertPayload payload, DeliveryResult result, DateTime firstAttempt, DateTime lastAttempt)
    {
        using var connection = database.Connect();
        connection.Execute(
            "INSERT INTO alert_delivery VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
            result.DeliveryId, payload.Account.Id, payload.Signal.Id, payload.Period.To, result.Webhook, result.Attempts,
            result.Delivered, result.StatusCode, result.Error, firstAttempt, lastAttempt);
    }

    /// <summary>The latest firings (of one account when given), newest first.</summary>
    public IReadOnlyList<SignalFiring> Recent(int limit = 100, string? accountId = null, CancellationToken cancellationToken = default)
    {
        using var connection = database.Connect();
        var rows = connection.Query("""
            SELECT f.account_id, coalesce(a.name, f.account_id) AS name, f.signal_id, f.signal_number, f.title, f.severity,
                   f.period_from, f.period_to, f.as_of, f.first_seen_at, f.is_new, f.reasons,
                   count(d.delivery_id) AS deliveries, count(d.delivery_id) FILTER (WHERE d.delivered) AS delivered
            FROM signal_firing AS f
            LEFT JOIN dim_account AS a ON a.account_id = f.account_id
            LEFT JOIN alert_delivery AS d ON d.account_id = f.account_id AND d.signal_id = f.signal_id AND d.period_to = f.period_to
            WHERE $2::VARCHAR IS NULL OR f.account_id = $2
            GROUP BY ALL
            ORDER BY f.first_seen_at DESC, f.period_to DESC, f.account_id, f.signal_number
            LIMIT $1
            """, [(long)limit, accountId], cancellationToken);
        return Enumerable.Range(0, rows.RowCount).Select(i => Firing(rows, i)).ToList();
    }

    /// <summary>Every delivery recorded, oldest first (tests and audits).</summary>
    public IReadOnlyList<DeliveryResult> Deliveries()
    {
        using var connection = database.Connect();
        var rows = connection.Query("SELECT delivery_id, webhook, attempts, delivered, status_code, error FROM alert_delivery ORDER BY first_attempt_at, delivery_id");
        return Enumerable.Range(0, rows.RowCount).Select(i => new DeliveryResult(
            (string)rows["delivery_id"].GetValue(i)!, (string)rows["webhook"].GetValue(i)!, (int)rows["attempts"].GetValue(i)!,
            (bool)rows["delivered"].GetValue(i)!, rows["status_code"].GetValue(i) as int?, rows["error"].GetValue(i) as string)).ToList();
    }

    private static SignalFiring Firing(DuckDbResultSet rows, int i) => new(
        (string)rows["account_id"].GetValue(i)!,
        (string)rows["name"].GetValue(i)!,
        (string)rows["signal_id"].GetValue(i)!,
        (int)rows["signal_number"].GetValue(i)!,
        (string)rows["title"].GetValue(i)!,
        (int)rows["severity"].GetValue(i)!,
        (DateOnly)rows["period_from"].GetValue(i)!,
        (DateOnly)rows["period_to"].GetValue(i)!,
        (DateOnly)rows["as_of"].GetValue(i)!,
        (DateTime)rows["first_seen_at"].GetValue(i)!,
        (bool)rows["is_new"].GetValue(i)!,
        ((string)rows["reasons"].GetValue(i)!).Split('\n', StringSplitOptions.RemoveEmptyEntries),
        Convert.ToInt32(rows["deliveries"].GetValue(i), CultureInfo.InvariantCulture),
        Convert.ToInt32(rows["delivered"].GetValue(i), CultureInfo.InvariantCulture));
}
