namespace Reporting.Core.Revenue;

/// <summary>The KPI request's account and segment as SQL over dim_account <c>a</c>, bound as $1 and $2.</summary>
internal static class AccountScope
{
    public const string Sql = "($1::VARCHAR IS NULL OR a.account_id = $1) AND ($2::VARCHAR IS NULL OR a.segment = $2)";

    /// <summary>ARR(a, d): the account's changes effective on or before d (SQL over an account id and a date expression).</summary>
    public static string ArrOn(string account, string day) =>
        $"(SELECT coalesce(sum(v.arr_change), 0) FROM fact_revenue_movement v WHERE v.account_id = {account} AND v.effective_on <= {day})";
}
