using Reporting.Core.Storage;
using Reporting.DuckDb;

namespace Reporting.Core.Accounts;

/// <summary>
/// Reads accounts from dim_account; ids arrive as bound parameters. Given a day (<c>arrOn</c>), an
/// account's ARR is that of its ARR movements effective on or before it (0 before the first) when it
/// has any movement, and its ARR attribute otherwise; without a day, always the attribute.
/// </summary>
public sealed class AccountDirectory(ReportingDatabase database)
{
    /// <summary>
    /// Accounts matching <paramref name="where"/> (over dim_account <c>a</c>, its value bound as $1),
    /// with $2 the day ARR is read on, or null for the attribute. The movements are summed once per
    /// account and joined: ClickHouse evaluates no correlated subquery that aggregates.
    /// </summary>
    private static string Select(string where) => $"""
        SELECT a.account_id, a.name, a.segment, a.tier, a.csm, a.clv, a.renewal_on, a.region, a.industry, a.seats, a.onboarded_on,
               CASE WHEN $2::DATE IS NOT NULL AND m.account_id IS NOT NULL THEN m.arr ELSE a.arr END AS arr
        FROM dim_account AS a
        LEFT JOIN (SELECT account_id, coalesce(sum(arr_change) FILTER (WHERE effective_on <= $2::DATE), 0) AS arr
                   FROM fact_revenue_movement GROUP BY account_id) AS m ON m.account_id = a.account_id
        WHERE {where}
        ORDER BY a.account_id
        """;

    /// <summary>The account, or null when there is none with this id; its ARR on <paramref name="arrOn"/> (see the class).</summary>
    public AccountCard? Find(string accountId, DateOnly? arrOn = null)
    {
        using var facts = database.ConnectFacts();
        return Read(facts.Query(Select("a.account_id = $1"), accountId, arrOn)).FirstOrDefault();
    }

    /// <summary>Every account (of one segment when given), by id; their ARR on <paramref name="arrOn"/> (see the class).</summary>
    public IReadOnlyList<AccountCard> All(string? segment = null, DateOnly? arrOn = null)
    {
        using var facts = database.ConnectFacts();
        return Read(facts.Query(Select("($1::VARCHAR IS NULL OR a.segment = $1)"), segment, arrOn));
    }

    private static List<AccountCard> Read(DuckDbResultSet rows) => Enumerable.Range(0, rows.RowCount)
        .Select(i => new AccountCard(
            (string)rows["account_id"].GetValue(i)!,
            (string)rows["name"].GetValue(i)!,
            (string)rows["segment"].GetValue(i)!,
            rows["tier"].GetValue(i) as string,
            rows["csm"].GetValue(i) as string,
            rows["arr"].GetValue(i) as decimal?,
            rows["clv"].GetValue(i) as decimal?,
            rows["renewal_on"].GetValue(i) as DateOnly?)
        {
            Region = rows["region"].GetValue(i) as string,
            Industry = rows["industry"].GetValue(i) as string,
            Seats = rows["seats"].GetValue(i) as int?,
            OnboardedOn = rows["onboarded_on"].GetValue(i) as DateOnly?,
        })
        .ToList();
}
