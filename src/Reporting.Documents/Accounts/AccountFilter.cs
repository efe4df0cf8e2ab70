using Reporting.Core.Accounts;
using Reporting.Core.Dashboards;

namespace Reporting.Documents.Accounts;

/// <summary>Whether an account matches a view's account-level filters (segment, region, tier, CSM, account); other fields do not restrict accounts.</summary>
public static class AccountFilter
{
    public static bool Matches(AccountCard account, DashboardFilters filters) => filters.Fields.All(f => f.Key switch
    {
        "segment" => f.Value.Contains(account.Segment),
        "region" => account.Region is { } r && f.Value.Contains(r),
        "tier" => account.Tier is { } t && f.Value.Contains(t),
        "csm" => account.Csm is { } c && f.Value.Contains(c),
        "account_id" => f.Value.Contains(account.Id),
        _ => true,
    });
}
