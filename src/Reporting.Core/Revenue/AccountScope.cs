namespace Reporting.Core.Revenue;

/// <summary>Revenue SQL shared by the revenue figures.</summary>
internal static class AccountScope
{
    /// <summary>ARR(a, d): the account's changes effective on or before d (SQL over an account id and a date expression).</summary>
    public static string ArrOn(string account, string day) =>
        $"(SELECT coalesce(sum(v.arr_change), 0) FROM fact_revenue_movement v WHERE v.account_id = {account} AND v.effective_on <= {day})";
}
