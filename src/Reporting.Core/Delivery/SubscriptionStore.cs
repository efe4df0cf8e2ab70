using System.Text.Json;
using Reporting.Core.Storage;
using Reporting.DuckDb;

namespace Reporting.Core.Delivery;

/// <summary>
/// Subscriptions and their unsubscribes (tables subscription, subscription_unsubscribe): all their SQL.
/// Values are bound parameters. Callers check who may see or change which (the validator, the web's
/// endpoints); the store itself reads and writes everything.
/// </summary>
public sealed class SubscriptionStore(ReportingDatabase database)
{
    private const string Columns = """
        subscription_id, name, content_kind, pack_account_id, rule_renewing_days, rule_health_below, dashboard,
        filters, period, recipients, schedule_kind, cron, time_zone, days_before, meeting_kind, send_at,
        channel, webhook_url, created_by, created_at, paused
        """;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public ReportingDatabase Database => database;

    public IReadOnlyList<Subscription> List()
    {
        using var connection = database.Connect();
        return Read(connection.Query($"SELECT {Columns} FROM subscription ORDER BY subscription_id"));
    }

    public Subscription? Find(long id)
    {
        using var connection = database.Connect();
        return Read(connection.Query($"SELECT {Columns} FROM subscription WHERE subscription_id = $1", id)).FirstOrDefault();
    }

    /// <summary>Stores a new subscription (its <see cref="Subscription.Id"/> is ignored) and returns its id.</summary>
    public long Add(Subscription subscription)
    {
        using var connection = database.Connect();
        var values = Values(subscription);
        return (long)connection.Query($"""
            INSERT INTO subscription ({Columns.Replace("subscription_id, ", "", StringComparison.Ordinal)})
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20)
            RETURNING subscription_id
            """, values).Scalar()!;
    }

    /// <summary>Replaces what, to whom, when and how; the creator, creation time and pause stay.</summary>
    public void Update(Subscription subscription)
    {
        using var connection = database.Connect();
        var values = Values(subscription)[..17].Append(subscription.Id).ToArray();
        connection.Execute("""
            UPDATE subscription SET name = $1, content_kind = $2, pack_account_id = $3, rule_renewing_days = $4,
                rule_health_below = $5, dashboard = $6, filters = $7, period = $8, recipients = $9, schedule_kind = $10,
                cron = $11, time_zone = $12, days_before = $13, meeting_kind = $14, send_at = $15, channel = $16, webhook_url = $17
            WHERE subscription_id = $18
            """, values);
    }

    public void SetPaused(long id, bool paused)
    {
        using var connection = database.Connect();
        connection.Execute("UPDATE subscription SET paused = $1 WHERE subscription_id = $2", paused, id);
    }

    /// <summary>Removes the subscription and its unsubscribes; its deliveries stay as history.</summary>
    public void Remove(long id)
    {
        using var connection = database.Connect();
        using var transaction = connection.BeginTransaction();
        connection.Execute("DELETE FROM subscription_unsubscribe WHERE subscription_id = $1", id);
        connection.Execute("DELETE FROM subscription WHERE subscription_id = $1", id);
        transaction.Commit();
    }

    /// <summary>Stops sending the subscription to <paramref name="email"/> (compared without case); doing it twice is harmless.</summary>
    public void Unsubscribe(long id, string email)
    {
        using var connection = database.Connect();
        connection.Execute(
            "INSERT INTO subscription_unsubscribe VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
            id, email.Trim().ToLowerInvariant(), DateTimeOffset.UtcNow);
    }

    /// <summary>The addresses, lower-case, that unsubscribed from <paramref name="id"/>.</summary>
    public IReadOnlySet<string> Unsubscribed(long id)
    {
        using var connection = database.Connect();
        var rows = connection.Query("SELECT email FROM subscription_unsubscribe WHERE subscription_id = $1", id);
        return Enumerable.Range(0, rows.RowCount).Select(i => (string)rows.Columns[0].GetValue(i)!).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Each subscription's moment up to which occurrences have been looked at (absent: none yet), read at once for a round.</summary>
    internal IReadOnlyDictionary<long, DateTimeOffset> CheckedUntil()
    {
        using var connection = database.Connect();
        var rows = connection.Query("SELECT subscription_id, checked_until FROM subscription WHERE checked_until IS NOT NULL");
        return Enumerable.Range(0, rows.RowCount).ToDictionary(i => (long)rows.Columns[0].GetValue(i)!, i => (DateTimeOffset)rows.Columns[1].GetValue(i)!);
    }

    /// <summary>Moves these subscriptions' checked_until forward to <paramref name="until"/> (never back), in one statement.</summary>
    internal void MarkChecked(IReadOnlyList<long> ids, DateTimeOffset until)
    {
        using var connection = database.Connect();
        connection.Execute(
            "UPDATE subscription SET checked_until = greatest(coalesce(checked_until, $1), $1) WHERE subscription_id IN (SELECT unnest($2::BIGINT[]))",
            until, ids);
    }

    /// <summary>The key that signs unsubscribe links, made (32 random bytes) on first use and kept in the file.</summary>
    internal byte[] SigningKey()
    {
        using var connection = database.Connect();
        var fresh = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        connection.Execute("INSERT INTO delivery_secret VALUES ('unsubscribe', $1) ON CONFLICT DO NOTHING", fresh);
        return Convert.FromBase64String((string)connection.Query("SELECT value FROM delivery_secret WHERE name = 'unsubscribe'").Scalar()!);
    }

    /// <summary>The newest <paramref name="limit"/> deliveries (of one subscription when given), newest first.</summary>
    public IReadOnlyList<DeliveryRecord> Deliveries(long? subscriptionId, int limit) => new DeliveryLedger(database).Recent(subscriptionId, limit);

    private static object?[] Values(Subscription s) =>
    [
        s.Name, s.Content.Kind.Name(), s.Content.AccountId, s.Content.Rule?.RenewingWithinDays, s.Content.Rule?.HealthBelow,
        s.Content.Dashboard, JsonSerializer.Serialize(s.Content.Filters, Json), s.Content.Period,
        JsonSerializer.Serialize(s.Recipients.Select(r => new StoredRecipient(r.Kind.Name(), r.Value)), Json),
        s.Schedule.Kind.Name(), s.Schedule.Cron, s.Schedule.TimeZone, s.Schedule.DaysBefore, s.Schedule.MeetingKind, s.Schedule.SendAt,
        s.Channel.Name(), s.WebhookUrl, s.CreatedBy, s.CreatedAt, s.Paused,
    ];

    private static List<Subscription> Read(DuckDbResultSet rows) => Enumerable.Range(0, rows.RowCount).Select(i =>
    {
        object? Get(string column) => rows[column].GetValue(i);
        var rule = Get("rule_renewing_days") is null && Get("rule_health_below") is null
            ? null
            : new PackRule((int?)Get("rule_renewing_days"), (int?)Get("rule_health_below"));
        var content = new SubscriptionContent(
            DeliveryNames.ParseContentKind((string)Get("content_kind")!), (string?)Get("pack_account_id"), rule, (string?)Get("dashboard"),
            JsonSerializer.Deserialize<Dictionary<string, string>>((string)Get("filters")!, Json)!, (string?)Get("period"));
        var recipients = JsonSerializer.Deserialize<List<StoredRecipient>>((string)Get("recipients")!, Json)!
            .Select(r => new SubscriptionRecipient(DeliveryNames.ParseRecipientKind(r.Kind), r.Value)).ToList();
        var schedule = new SubscriptionSchedule(
            DeliveryNames.ParseScheduleKind((string)Get("schedule_kind")!), (string?)Get("cron"), (string)Get("time_zone")!,
            (int?)Get("days_before"), (string?)Get("meeting_kind"), (TimeOnly)Get("send_at")!);
        return new Subscription(
            (long)Get("subscription_id")!, (string)Get("name")!, content, recipients, schedule,
            DeliveryNames.ParseChannel((string)Get("channel")!), (string?)Get("webhook_url"), (string)Get("created_by")!,
            (DateTimeOffset)Get("created_at")!, (bool)Get("paused")!);
    }).ToList();

    /// <summary>A recipient as the recipients column holds it.</summary>
    private sealed record StoredRecipient(string Kind, string Value);
}
