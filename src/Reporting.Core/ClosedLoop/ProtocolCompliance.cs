using Reporting.Core.Kpis;

namespace Reporting.Core.ClosedLoop;

/// <summary>
/// The 24 h / 48 h / 72 h detractor protocol: the percent of detractor answers first contacted, with a
/// root cause and with an action plan within each window (KPIs detractor_contact_24h, detractor_rca_48h,
/// detractor_plan_72h), how many detractor answers there were and how many have a case.
/// </summary>
public sealed record ProtocolCompliance(KpiValue Contact, KpiValue RootCause, KpiValue ActionPlan, long Detractors, long WithCase);
