using Reporting.DuckDb;
using Reporting.Core.Access;
using Reporting.Core.Storage;

namespace Reporting.Core.Delivery;

/// <summary>The facts delivery reads (renewals, meetings, contacts, accounts): all their SQL, values bound, read where the cubes read.</summary>
public sealed class DeliveryFacts(ReportingDatabase database)
{
    public ReportingDatabase Database => database;

    /// <summary>Accounts renewing from <paramref name="first"/> to <paramref name="last"/> (of one account when given).</summary>
    public IReadOnlyList<(string AccountId, DateOnly Day)> Renewals(DateOnly first, DateOnly last, string? accountId)
    {
        using var facts = database.ConnectFacts();
        var rows = facts.Query("""
            SELECT account_id, renewal_on FROM dim_account
            WHERE renewal_on BETWEEN $1::DATE AND $2::DATE AND ($3::VARCHAR IS NULL OR account_id = $3) ORDER BY account_id
            """, first, last, accountId);
        return Enumerable.Range(0, rows.RowCount).Select(i => ((string)rows.Columns[0].GetValue(i)!, (DateOnly)rows.Columns[1].GetValue(i)!)).ToList();
    }

    /// <summary>Meetings of <paramref name="kind"/> scheduled (UTC) from <paramref name="first"/> to <paramref name="last"/>.</summary>
    public IReadOnlyList<(string AccountId, DateTime ScheduledUtc)> Meetings(string kind, DateTime first, DateTime last, string? accountId)
    {
        using var facts = database.ConnectFacts();
        var rows = facts.Query("""
            SELECT account_id, scheduled_at FROM fact_meeting
            WHERE kind = $1 AND scheduled_at BETWEEN $2 AND $3 AND ($4::VARCHAR IS NULL OR account_id = $4) ORDER BY account_id, scheduled_at
            """, kind, first, last, accountId);
        return Enumerable.Range(0, rows.RowCount).Select(i => ((string)rows.Columns[0].GetValue(i)!, (DateTime)rows.Columns[1].GetValue(i)!)).ToList();
    }

    /// <summary>The e-mails, lower-case, of the account's contacts with this role (contacts without an e-mail left out).</summary>
    public IReadOnlyList<string> ContactEmails(string accountId, string role)
    {
        using var facts = database.ConnectFacts();
        var rows = facts.Query("""
            SELECT DISTINCT lower(trim(email)) AS email FROM dim_contact
            WHERE account_id = $1 AND role = $2 AND coalesce(trim(email), '') <> '' ORDER BY email
            """, accountId, role);
        return Enumerable.Range(0, rows.RowCount).Select(i => (string)rows.Columns[0].GetValue(i)!).ToList();
    }

    /// <summary>The accounts the current scope reads (of these, when given), by id; renewing from <paramref name="renewingFrom"/> to <paramref name="renewingTo"/> when given.</summary>
    public IReadOnlyList<string> Accounts(IReadOnlyList<string>? among = null, DateOnly? renewingFrom = null, DateOnly? renewingTo = null)
    {
        using var facts = database.ConnectFacts();
        var rows = facts.Query("""
            SELECT account_id FROM dim_account
            WHERE ($1 OR list_contains($2::VARCHAR[], account_id))
              AND ($3::DATE IS NULL OR renewal_on BETWEEN $3::DATE AND $4::DATE)
            ORDER BY account_id
            """, among is null, among?.ToArray() ?? [], renewingFrom, renewingTo);
        return Enumerable.Range(0, rows.RowCount).Select(i => (string)rows.Columns[0].GetValue(i)!).ToList();
    }

    /// <summary>Whether <paramref name="scope"/> reads the account (the access layer restricts dim_account to it).</summary>
    public bool Sees(AccessScope scope, string accountId)
    {
        using var entered = AccessScope.Enter(scope);
        return Accounts([accountId]).Count == 1;
    }
}
