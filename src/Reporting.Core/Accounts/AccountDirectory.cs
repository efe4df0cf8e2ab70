using Reporting.Core.Storage;
using Reporting.DuckDb;

namespace Reporting.Core.Accounts;

/// <summary>Reads accounts from dim_account; ids arrive as bound parameters.</summary>
public sealed class AccountDirectory(ReportingDatabase database)
{
    private const string Columns = "account_id, name, segment, tier, csm, arr, clv, renewal_on, region, industry, seats, onboarded_on";

    /// <summary>The account, or null when there is none with this id.</summary>
    public AccountCard? Find(string accountId)
    {
        using var connection = database.Connect();
        return Read(connection.Query($"SELECT {Columns} FROM dim_account WHERE account_id = $1", accountId)).FirstOrDefault();
    }

    /// <summary>Every account (of one segment when given), by id.</summary>
    public IReadOnlyList<AccountCard> All(string? segment = null)
    {
        using var connection = database.Connect();
        return Read(connection.Query($"SELECT {Columns} FROM dim_account WHERE ($1::VARCHAR IS NULL OR segment = $1) ORDER BY account_id", segment));
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
