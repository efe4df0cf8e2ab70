using System.Text.Json;
using System.Text.Json.Serialization;
using Reporting.Core.Cube.Querying;

namespace Reporting.Documents.Dashboards;

/// <summary>
/// A dashboard as shown for one view: the page renders it on the server and inlines it as JSON for
/// the charts; GET /api/dashboards/{id} answers the same object when the filters change.
/// </summary>
public sealed record DashboardView(string Id, string Title, string? Summary, FilterView Filters, IReadOnlyList<TileView> Tiles, IReadOnlyList<ChartView> Charts)
{
    public IReadOnlyList<string> Panels { get; init; } = [];

    /// <summary>The verbatim explorer's comments, on dashboards with that panel.</summary>
    public VerbatimResults? Verbatims { get; init; }

    /// <summary>The Revenue panel's churned accounts and AUC verdict, on dashboards with that panel (its charts are among <see cref="Charts"/>).</summary>
    public Revenue.RevenuePanelView? Revenue { get; init; }

    /// <summary>The accounts at risk, on dashboards with that panel.</summary>
    public AtRiskView? AtRisk { get; init; }

    /// <summary>This month's survey plan, on dashboards with that panel.</summary>
    public SurveyPlanView? SurveyPlan { get; init; }
}

/// <summary>The view's filters as the URL gives them, and the query string that reproduces them.</summary>
public sealed record FilterView(string From, string To, string Grain, IReadOnlyDictionary<string, IReadOnlyList<string>> Fields, string Query);

/// <summary>A KPI tile, formatted for reading; the raw numbers travel beside the words.</summary>
public sealed record TileView(string Kpi, string Title, string? Description, double? Value, string Display, long N, bool LowSample, string Status)
{
    public string? Target { get; init; }

    public double? Change { get; init; }

    public string ChangeDisplay { get; init; } = "—";

    /// <summary>"improved", "worsened", "no change", "not significant", or "no earlier value".</summary>
    public string ChangeLabel { get; init; } = "";

    public string? Margin { get; init; }

    public string PreviousDisplay { get; init; } = "—";

    public string PreviousRange { get; init; } = "";

    public IReadOnlyList<SparkPoint> Sparkline { get; init; } = [];

    /// <summary>The sparkline as SVG polyline points (see <see cref="Dashboards.Sparkline"/>).</summary>
    public string SparklinePoints { get; init; } = "";
}

public sealed record SparkPoint(string Period, double? Value);

/// <summary>
/// A chart: what it draws (series and how rows map to points), its rows as the cube answered them,
/// the cube query that produced them (so a client can ask again), and the view's filters it cannot apply.
/// </summary>
public sealed record ChartView(string Id, string Title, string Kind, IReadOnlyList<SeriesView> Series, IReadOnlyList<IReadOnlyDictionary<string, object?>> Rows)
{
    public string? Description { get; init; }

    /// <summary>The breakdown's member ("tickets.priority") and its name as a filter ("priority").</summary>
    public string? Breakdown { get; init; }

    public string? BreakdownField { get; init; }

    /// <summary>Colour tokens of breakdown values drawn as datasets of their own.</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, string> BreakdownColors { get; init; } = new Dictionary<string, string>();

    /// <summary>The period's member in the rows ("tickets.created_at.month"), when the chart runs over time.</summary>
    public string? Time { get; init; }

    public string? Grain { get; init; }

    public bool MeasuresAsCategories { get; init; }

    public IReadOnlyList<string> NotFilteredBy { get; init; } = [];

    /// <summary>The cube answered only the first rows of more (its row limit): the chart says so.</summary>
    public bool Truncated { get; init; }

    /// <summary>The cube query, for C#.</summary>
    [JsonIgnore]
    public CubeQuery CubeQuery { get; init; } = new();

    /// <summary>The cube query as POST /api/cube/query takes it.</summary>
    public JsonElement Query => JsonSerializer.Deserialize<JsonElement>(QueryJsonWriter.Write(CubeQuery));

    public string CsvUrl { get; init; } = "";

    /// <summary>The points and the table, as drawn and shown: from the rows, or given whole by a chart that is not a cube query's (the Revenue panel's).</summary>
    public ChartData Data { get => data ??= ChartData.Build(this); init => data = value; }

    private ChartData? data;
}

/// <summary>A measure drawn: its member, title, decimals, the KPI's unit and target when it is a KPI.</summary>
public sealed record SeriesView(string Measure, string Title, int Decimals)
{
    public string? Kpi { get; init; }

    public string? Unit { get; init; }

    public double? Target { get; init; }

    /// <summary>A design token's name ("good", "series-2"), or null for the palette's next colour.</summary>
    public string? Color { get; init; }
}
