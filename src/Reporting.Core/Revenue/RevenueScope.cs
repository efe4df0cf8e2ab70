using Reporting.Core.Kpis;

namespace Reporting.Core.Revenue;

/// <summary>
/// The accounts revenue figures are over: those of <see cref="Accounts"/> (null for every account)
/// and of <see cref="Segment"/> (null for any). A KPI request names one account and one segment; a
/// dashboard view resolves its filters (segment, region, tier, CSM…) to a list of account ids.
/// </summary>
public sealed record RevenueScope(IReadOnlyList<string>? Accounts = null, string? Segment = null)
{
    public static RevenueScope Of(KpiFilter filter) => new(filter.Account is { } account ? [account] : null, filter.Segment);

    /// <summary>The scope as bound parameters $1 (account ids or null) and $2 (segment or null) of <see cref="Sql"/>.</summary>
    internal object?[] Parameters => [Accounts?.ToArray(), Segment];

    /// <summary>The scope as SQL over dim_account <c>a</c>, bound as $1 and $2.</summary>
    internal const string Sql = "($1::VARCHAR[] IS NULL OR list_contains($1::VARCHAR[], a.account_id)) AND ($2::VARCHAR IS NULL OR a.segment = $2)";
}
