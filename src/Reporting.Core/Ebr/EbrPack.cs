namespace Reporting.Core.Ebr;

/// <summary>
/// One pack of reports/ebr/*.yaml, checked: its sections in order, the paper, the default period
/// (whole months before today), the executive summary's KPI tiles and the branding.
/// </summary>
public sealed record EbrPack(
    string Id,
    string File,
    string Title,
    EbrPaper Paper,
    int PeriodMonths,
    IReadOnlyList<string> SummaryKpis,
    IReadOnlyList<EbrSection> Sections,
    EbrBranding Branding)
{
    public bool Has(EbrSection section) => Sections.Contains(section);
}
