namespace Reporting.Core.Revenue;

/// <summary>ARR(a, d) of KPIS.md as SQL: the account's changes effective on or before d.</summary>
internal static class RunningArr
{
    /// <summary>SQL over an account id expression and a date expression.</summary>
    public static string On(string account, string day) =>
        $"(SELECT coalesce(sum(v.arr_change), 0) FROM fact_revenue_movement v WHERE v.account_id = {account} AND v.effective_on <= {day})";
}
