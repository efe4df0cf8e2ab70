using System.Globalization;
using Reporting.Documents.Accounts;

namespace Reporting.Documents.Dashboards;

/// <summary>
/// The Overview's accounts at risk: health below the line as of the view's end, with the revenue at
/// risk (ARR of those renewing within the horizon), as a table whose rows drill down to the account.
/// </summary>
public sealed record AtRiskView(int AtRisk, int Scored, string RevenueAtRisk, string AsOf, ChartTable Table)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    public static AtRiskView Build(IReadOnlyList<AccountHealthNow> accounts, DateOnly asOf)
    {
        var atRisk = accounts.Where(a => a.Health.AtRisk == true).OrderByDescending(a => a.Revenue.AtRiskArr).ThenBy(a => a.Health.Score).ToList();
        var rows = atRisk.Select(a => (IReadOnlyList<ChartCell>)
        [
            new ChartCell(a.Account.Name, Header: true) { Drill = a.Account.Id },
            new ChartCell(a.Account.Segment, Header: false),
            new ChartCell(DisplayFormat.Number(a.Health.Score, 1), Header: false) { LowSample = a.Health.LowSample },
            new ChartCell(a.Account.Arr?.ToString("N0", English) ?? "—", Header: false),
            new ChartCell(a.Account.RenewalOn?.ToString("yyyy-MM-dd", English) ?? "—", Header: false),
            new ChartCell(a.Revenue.AtRiskArr.ToString("N0", English), Header: false),
        ]).ToList();
        var table = new ChartTable(["Account", "Segment", "Health", "ARR", "Renewal", "Revenue at risk"], rows);
        return new AtRiskView(atRisk.Count, accounts.Count(a => a.Health.Score is not null),
            accounts.Sum(a => a.Revenue.AtRiskArr).ToString("N0", English), asOf.ToString("yyyy-MM-dd", English), table);
    }
}
