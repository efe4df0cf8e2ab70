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
    // $2 is the day ARR is read on, or null for the attribute.
    private const string Columns = """
        account_id, name, segment, tier, csm, clv, renewal_on, region, industry, seats, onboarded_on,
        CASE WHEN $2::DATE IS NOT NULL AND EXISTS (SELECT 1 FROM fact_revenue_movement m WHERE m.account_id = dim_account.account_id)
             THEN (SELECT coalesce(sum(m.arr_change), 0) FROM fact_revenue_movement m WHERE m.account_id = dim_account.account_id AND m.effective_on <= $2::DATE)
             ELSE arr END AS arr
        """;

    /// <summary>The account, or null when there is none with this id; its ARR on <paramref name="arrOn"/> (see the class).</summary>
    public AccountCard? Find(string accountId, DateOnly? arrOn = null)
    {
        using var facts = database.ConnectFacts();
        return Read(facts.Query($"SELECT {Columns} FROM dim_account WHERE account_id = $1", accountId, arrOn)).FirstOrDefault();
    }

    /// <summary>Every account (of one segment when given), by id; their ARR on <paramref name="arrOn"/> (see the class).</summary>
    public IReadOnlyList<AccountCard> All(string? segment = null, DateOnly? arrOn = null)
    {
        using var facts = database.ConnectFacts();
        return Read(facts.Query($"SELECT {Columns} FROM dim_account WHERE ($1::VARCHAR IS NULL OR segment = $1) ORDER BY account_id", segment, arrOn));
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
