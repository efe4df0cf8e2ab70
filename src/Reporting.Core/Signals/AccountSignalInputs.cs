using Reporting.Core.Accounts;
using Reporting.Core.Kpis;

namespace Reporting.Core.Signals;

/// <summary>
/// What the checks of one account look at: its KPIs per period, by period length (the playbook's, and
/// any a check asks for), the KPIs counted up to the as-of date (for "present" checks), and the
/// comments of the current periods.
/// </summary>
internal sealed record AccountSignalInputs(
    AccountCard Account,
    DateOnly AsOf,
    int DefaultMonths,
    IReadOnlyDictionary<int, PeriodSeries> Series,
    KpiResults ToDate,
    IReadOnlyList<CommentEvidence> Comments)
{
    public PeriodSeries Default => Series[DefaultMonths];
}
