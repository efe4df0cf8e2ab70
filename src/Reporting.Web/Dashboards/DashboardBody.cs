using Microsoft.AspNetCore.Html;
using Reporting.Documents.Dashboards;

namespace Reporting.Web.Dashboards;

/// <summary>
/// A dashboard's body as a page shows it (its own page or an embed): the view, its filter bar (null
/// for none), where the page fetches the view when a filter changes, and the view inlined as JSON.
/// </summary>
public sealed record DashboardBody(DashboardView View, FilterBar? Filters, string Api, IHtmlContent ViewJson)
{
    public bool Titled { get; init; } = true;
}
