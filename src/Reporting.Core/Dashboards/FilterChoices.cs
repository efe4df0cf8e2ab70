using Reporting.Core.Sql;
using Reporting.Core.Storage;

namespace Reporting.Core.Dashboards;

/// <summary>The values the global filters offer, from the accounts loaded: segments, regions, tiers, CSMs and accounts.</summary>
public sealed record FilterChoices(IReadOnlyDictionary<string, IReadOnlyList<string>> Values, IReadOnlyList<AccountChoice> Accounts)
{
    // Column names are ours (dim_account's), never a user's.
    private static readonly string[] Columns = ["segment", "region", "tier", "csm"];

    /// <summary>Nothing to pick from (a bar of dates only).</summary>
    public static FilterChoices Empty { get; } = new(new Dictionary<string, IReadOnlyList<string>>(), []);

    /// <summary>The choices among the accounts the caller may read.</summary>
    public static FilterChoices Read(ReportingDatabase database)
    {
        using var facts = database.ConnectFacts();
        var values = Columns.ToDictionary(c => c, c => Distinct(facts, c), StringComparer.Ordinal);
        var accounts = facts.Query("SELECT account_id, name FROM dim_account ORDER BY name, account_id");
        var list = Enumerable.Range(0, accounts.RowCount)
            .Select(r => new AccountChoice((string)accounts.Columns[0].GetValue(r)!, (string)accounts.Columns[1].GetValue(r)!))
            .ToList();
        return new FilterChoices(values, list);
    }

    private static IReadOnlyList<string> Distinct(FactConnection facts, string column)
    {
        var result = facts.Query($"SELECT DISTINCT {SqlIdentifier.Quote(column)} FROM dim_account WHERE {SqlIdentifier.Quote(column)} IS NOT NULL ORDER BY 1");
        return Enumerable.Range(0, result.RowCount).Select(r => (string)result.Columns[0].GetValue(r)!).ToList();
    }
}

public sealed record AccountChoice(string Id, string Name);
