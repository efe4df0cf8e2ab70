using Reporting.DuckDb;

namespace Reporting.Core.Accounts;

/// <summary>An account as the CRM gave it (dim_account).</summary>
public sealed record AccountProfile(string Id, string Name, string Segment)
{
    public string? Region { get; init; }

    public string? Industry { get; init; }

    public string? Tier { get; init; }

    public decimal? Arr { get; init; }

    public int? Seats { get; init; }

    public string? Csm { get; init; }

    public DateOnly? OnboardedOn { get; init; }

    public DateOnly? RenewalOn { get; init; }

    private const string Select =
        "SELECT account_id, name, segment, region, industry, tier, arr, seats, csm, onboarded_on, renewal_on FROM dim_account";

    /// <summary>Every account, by name.</summary>
    public static IReadOnlyList<AccountProfile> All(DuckDbConnection connection) =>
        Read(connection.Query(Select + " ORDER BY name, account_id"));

    /// <summary>One account by id; null when there is none.</summary>
    public static AccountProfile? Find(DuckDbConnection connection, string id) =>
        Read(connection.Query(Select + " WHERE account_id = $1", id)).FirstOrDefault();

    private static List<AccountProfile> Read(DuckDbResultSet rows) => Enumerable.Range(0, rows.RowCount).Select(r => new AccountProfile(
        (string)rows.Columns[0].GetValue(r)!, (string)rows.Columns[1].GetValue(r)!, (string)rows.Columns[2].GetValue(r)!)
    {
        Region = rows.Columns[3].GetValue(r) as string,
        Industry = rows.Columns[4].GetValue(r) as string,
        Tier = rows.Columns[5].GetValue(r) as string,
        Arr = rows.Columns[6].GetValue(r) is { } arr ? Convert.ToDecimal(arr, System.Globalization.CultureInfo.InvariantCulture) : null,
        Seats = rows.Columns[7].GetValue(r) is { } seats ? Convert.ToInt32(seats, System.Globalization.CultureInfo.InvariantCulture) : null,
        Csm = rows.Columns[8].GetValue(r) as string,
        OnboardedOn = rows.Columns[9].GetValue(r) as DateOnly?,
        RenewalOn = rows.Columns[10].GetValue(r) as DateOnly?,
    }).ToList();
}
