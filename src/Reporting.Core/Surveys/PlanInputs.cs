using Reporting.Core.Storage;

namespace Reporting.Core.Surveys;

/// <summary>
/// What a month's plan is computed from: every contact with its account, each contact's last send
/// before the month (later sends do not change the month's plan), and the critical (P1) tickets
/// solved in the month with a requester.
/// </summary>
internal sealed record PlanInputs(
    IReadOnlyList<SurveyContact> Contacts,
    IReadOnlyDictionary<string, LastSend> LastSends,
    ILookup<string, SolvedCriticalTicket> CriticalTickets)
{
    public const string CriticalPriority = "P1";

    public static PlanInputs Load(FactConnection connection, DateOnly month, CancellationToken cancellationToken)
    {
        var start = month.ToDateTime(TimeOnly.MinValue);
        var end = month.AddMonths(1).ToDateTime(TimeOnly.MinValue);
        return new PlanInputs(ReadContacts(connection, cancellationToken), ReadLastSends(connection, start, cancellationToken), ReadTickets(connection, start, end, cancellationToken));
    }

    private static List<SurveyContact> ReadContacts(FactConnection connection, CancellationToken cancellationToken)
    {
        var rows = connection.Query("""
            SELECT c.contact_id, c.name AS contact_name, c.role, a.account_id AS account_id, a.name AS account_name,
                   a.segment, a.csm, a.onboarded_on, a.renewal_on
            FROM dim_contact AS c JOIN dim_account AS a ON a.account_id = c.account_id
            ORDER BY a.account_id, c.contact_id
            """, [], cancellationToken);
        return Enumerable.Range(0, rows.RowCount).Select(i => new SurveyContact(
            (string)rows["contact_id"].GetValue(i)!, (string?)rows["contact_name"].GetValue(i), (string?)rows["role"].GetValue(i),
            (string)rows["account_id"].GetValue(i)!, (string)rows["account_name"].GetValue(i)!, (string)rows["segment"].GetValue(i)!,
            (string?)rows["csm"].GetValue(i), (DateOnly?)rows["onboarded_on"].GetValue(i), (DateOnly?)rows["renewal_on"].GetValue(i))).ToList();
    }

    /// <remarks>The aggregates are not named after columns: ClickHouse would read such a name, in the other aggregates, as the aggregate.</remarks>
    private static Dictionary<string, LastSend> ReadLastSends(FactConnection connection, DateTime before, CancellationToken cancellationToken)
    {
        var rows = connection.Query("""
            SELECT contact_id, arg_max(send_id, (sent_at, send_id)) AS last_send_id, max(sent_at)::DATE AS sent_on,
                   arg_max(trigger, (sent_at, send_id)) AS last_trigger
            FROM fact_survey_send
            WHERE contact_id IS NOT NULL AND sent_at < $1
            GROUP BY contact_id
            """, [before], cancellationToken);
        return Enumerable.Range(0, rows.RowCount).ToDictionary(
            i => (string)rows["contact_id"].GetValue(i)!,
            i => new LastSend((string)rows["last_send_id"].GetValue(i)!, (DateOnly)rows["sent_on"].GetValue(i)!, (string?)rows["last_trigger"].GetValue(i)),
            StringComparer.Ordinal);
    }

    private static ILookup<string, SolvedCriticalTicket> ReadTickets(FactConnection connection, DateTime start, DateTime end, CancellationToken cancellationToken)
    {
        var rows = connection.Query("""
            SELECT ticket_id, contact_id, solved_at::DATE AS solved_on
            FROM fact_ticket
            WHERE priority = $1 AND status IN ('solved', 'closed') AND contact_id IS NOT NULL AND solved_at >= $2 AND solved_at < $3
            ORDER BY solved_at, ticket_id
            """, [CriticalPriority, start, end], cancellationToken);
        return Enumerable.Range(0, rows.RowCount)
            .Select(i => new SolvedCriticalTicket((string)rows["ticket_id"].GetValue(i)!, (string)rows["contact_id"].GetValue(i)!, (DateOnly)rows["solved_on"].GetValue(i)!))
            .ToLookup(t => t.ContactId, StringComparer.Ordinal);
    }
}
