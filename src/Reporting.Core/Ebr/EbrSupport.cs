using Reporting.Core.Kpis;

namespace Reporting.Core.Ebr;

/// <summary>
/// The support experience against the previous period and the segment's median (the median of the
/// account-level values of the segment's accounts that have one, this account included).
/// </summary>
public sealed record EbrSupport(string Segment, IReadOnlyList<EbrSupportRow> Kpis, IReadOnlyList<EbrPriorityRow> ByPriority);

/// <summary>One support KPI: this period, the previous one, and the segment's median over <see cref="SegmentAccounts"/> accounts.</summary>
public sealed record EbrSupportRow(KpiDefinition Kpi, KpiValue Current, KpiValue Previous, double? SegmentMedian, int SegmentAccounts);

/// <summary>First response (median minutes) and resolution (median hours) of one priority.</summary>
public sealed record EbrPriorityRow(string Priority, EbrComparison FirstResponse, EbrComparison Resolution);

/// <summary>A value now, in the previous period and the segment's median.</summary>
public sealed record EbrComparison(KpiValue Current, KpiValue Previous, double? SegmentMedian);
