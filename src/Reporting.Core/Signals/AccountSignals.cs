using System.Text.Json.Serialization;
using Reporting.Core.Accounts;
using Reporting.Core.Kpis;
using Reporting.Core.Periods;

namespace Reporting.Core.Signals;

/// <summary>
/// Every signal of the playbook judged for one account as of a date, over <see cref="Periods"/>
/// (oldest first; the last is the current period), with each signal's evidence.
/// </summary>
public sealed record AccountSignals(AccountCard Account, DateOnly AsOf, IReadOnlyList<MonthSpan> Periods, IReadOnlyList<SignalEvaluation> Signals)
{
    public IReadOnlyList<string> Fired => Signals.Where(s => s.Fired).Select(s => s.Id).ToList();

    /// <summary>The account's KPIs in each period (aligned with <see cref="Periods"/>): the plan's baselines and history.</summary>
    [JsonIgnore]
    public IReadOnlyList<KpiResults> PeriodKpis { get; init; } = [];

    public MonthSpan Current => Periods[^1];
}
