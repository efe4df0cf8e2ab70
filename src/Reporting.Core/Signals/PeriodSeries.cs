using Reporting.Core.Kpis;
using Reporting.Core.Periods;

namespace Reporting.Core.Signals;

/// <summary>Consecutive periods of one length (oldest first, the current one last) and an account's KPIs in each.</summary>
internal sealed record PeriodSeries(IReadOnlyList<MonthSpan> Periods, IReadOnlyList<KpiResults> Kpis);
