namespace Reporting.Core.Revenue;

/// <summary>NRR, GRR and logo churn of one slice (a segment, a period), over its accounts active at its start.</summary>
public sealed record RetentionRow(string Key, double? Nrr, double? Grr, double? LogoChurnRate, long Accounts);
