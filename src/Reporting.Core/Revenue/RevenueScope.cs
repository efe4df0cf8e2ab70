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

    /// <summary>
    /// The scope as bound parameters of <see cref="Sql"/>: $1 whether it is every account, $2 the account
    /// ids (empty for every account: a list parameter cannot be NULL on ClickHouse), $3 the segment or null;
    /// a statement's own values follow from $4.
    /// </summary>
    internal object?[] Parameters => [Accounts is null, Accounts?.ToArray() ?? [], Segment];

    /// <summary>The scope as SQL over dim_account <c>a</c>, bound as $1 to $3.</summary>
    internal const string Sql = "($1 OR list_contains($2::VARCHAR[], a.account_id)) AND ($3::VARCHAR IS NULL OR a.segment = $3::VARCHAR)";
}
