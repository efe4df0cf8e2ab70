using Reporting.Documents.Dashboards;

namespace Reporting.Documents.Revenue;

/// <summary>The Revenue panel's own part (its charts travel with the dashboard's): the accounts that churned in the view's dates.</summary>
public sealed record RevenuePanelView(int ChurnedCount, string ChurnedArr, ChartTable Churned);
