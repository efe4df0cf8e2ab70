using System.Globalization;
using Reporting.Core.Accounts;
using Reporting.Core.Dashboards;
using Reporting.Core.Kpis;
using Reporting.Core.Revenue;
using Reporting.Documents.Accounts;
using Reporting.Documents.Dashboards;

namespace Reporting.Documents.Revenue;

/// <summary>
/// The Revenue dashboard's panel for a view: the view's account filters (segment, region, tier, CSM,
/// account) become the report's scope of accounts, and the report becomes charts and the churned accounts.
/// </summary>
public sealed class RevenuePanel(RevenueOutcomes outcomes, AccountDirectory accounts, KpiCatalog catalog)
{
    public const string Name = "revenue";

    public DashboardView AddTo(DashboardView view, DashboardFilters filters, DateOnly today, CancellationToken cancellationToken)
    {
        var report = outcomes.Build(Scope(filters), filters.Range, filters.Grain, today, cancellationToken);
        var lowSampleBelow = catalog.LowSampleBelow;
        ChartView[] charts =
        [
            RevenueCharts.Bridge(report.Bridge),
            RevenueCharts.RetentionBySegment(report.BySegment, lowSampleBelow),
            RevenueCharts.RetentionOverTime(report.OverTime, filters.Grain, lowSampleBelow),
            ChurnCharts.AfterNps(report.Kpis),
            ChurnCharts.ByHealthBand(report.Kpis, ChurnCharts.AucVerdict(report.Kpis, lowSampleBelow, today.AddDays(-RevenueKpiIds.HealthChurnDays))),
        ];
        return view with { Charts = [.. charts, .. view.Charts], Revenue = Churned(report.Churned) };
    }

    /// <summary>Every account when the view has no account filter; else the ids of the accounts it matches.</summary>
    private RevenueScope Scope(DashboardFilters filters)
    {
        var all = accounts.All();
        var matching = all.Where(a => AccountFilter.Matches(a, filters)).Select(a => a.Id).ToList();
        return matching.Count == all.Count ? new RevenueScope() : new RevenueScope(matching);
    }

    private static RevenuePanelView Churned(IReadOnlyList<ChurnedAccount> churned)
    {
        var rows = churned.Select(c => (IReadOnlyList<ChartCell>)
        [
            new ChartCell(c.Name, Header: true) { Drill = c.AccountId },
            new ChartCell(c.Segment, Header: false),
            new ChartCell(c.ChurnedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Header: false),
            new ChartCell(DisplayFormat.Number(c.ArrLost, 0), Header: false),
            new ChartCell(DisplayFormat.Number(c.Health, 1), Header: false) { LowSample = c.Health is not null && c.HealthLowSample },
            new ChartCell(c.Signals.Count == 0 ? "none" : string.Join("; ", c.Signals), Header: false) { Prose = true },
            new ChartCell(c.LastNps is { } nps ? $"{nps} on {c.LastNpsOn:yyyy-MM-dd}" : "—", Header: false),
        ]).ToList();
        var table = new ChartTable(["Account", "Segment", "Churned on", "ARR lost", "Health before", "Signals fired", "Last NPS before"], rows);
        return new RevenuePanelView(churned.Count, DisplayFormat.Number(churned.Sum(c => c.ArrLost), 0), table);
    }
}
