namespace Reporting.Core.Dashboards;

/// <summary>
/// One dashboard of reports/dashboards/*.yaml: KPI tiles, charts, and named panels the page
/// renders itself (the verbatim explorer, the accounts at risk).
/// </summary>
public sealed record DashboardDefinition(string Id, string Title)
{
    public string? Summary { get; init; }

    /// <summary>Where the dashboard sits in the navigation.</summary>
    public int Order { get; init; }

    /// <summary>How many whole months before today's a view shows when its URL names no dates.</summary>
    public int DefaultMonths { get; init; } = DashboardFilters.DefaultMonths;

    /// <summary>Shown for one account only (Account 360), not in the navigation.</summary>
    public bool PerAccount { get; init; }

    /// <summary>KPI ids shown as tiles.</summary>
    public IReadOnlyList<string> Tiles { get; init; } = [];

    public IReadOnlyList<ChartDefinition> Charts { get; init; } = [];

    public IReadOnlyList<string> Panels { get; init; } = [];

    /// <summary>The file it came from, for messages.</summary>
    public string File { get; init; } = "";
}
