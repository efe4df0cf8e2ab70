using Reporting.Core.Dashboards;
using Reporting.Documents.Dashboards;

namespace Reporting.Documents.Delivery;

/// <summary>
/// A dashboard as it reads for the scope the work runs in, on the day a delivery is composed: its
/// view (tiles and charts), the accounts at risk under the same filters, and the query string that
/// opens the same view live.
/// </summary>
public sealed record DashboardSnapshot(DashboardView View, AtRiskView AtRisk, DashboardFilters Filters)
{
    /// <summary>"from=…&amp;to=…&amp;grain=month&amp;segment=SMB": the live dashboard's query for the same view.</summary>
    public string Query => Filters.ToQueryString();

    /// <summary>"1 Sep 2026 – 30 Nov 2026".</summary>
    public string Period => DisplayFormat.Range(Filters.Range.From, Filters.Range.To);

    /// <summary>The filters other than the dates, as "segment: SMB; region: EMEA" (empty when none).</summary>
    public string FilterText => string.Join("; ", Filters.Fields.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => $"{f.Key}: {string.Join(", ", f.Value)}"));

    /// <summary>Where the dashboard lives: "/dashboards/support", or the account's page for a per-account dashboard.</summary>
    public string Path => Filters.Fields.GetValueOrDefault("account_id") is [var account] && View.Id == "account"
        ? $"/accounts/{Uri.EscapeDataString(account)}"
        : $"/dashboards/{Uri.EscapeDataString(View.Id)}";
}
