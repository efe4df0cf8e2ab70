using Reporting.Core.Cube.Model;
using Reporting.Core.Cube.Querying;
using Reporting.Core.Dashboards;
using Reporting.Core.Kpis;

namespace Reporting.Documents.Dashboards;

/// <summary>
/// The verbatim explorer's question as a cube query on the surveys cube: the view's filters and
/// dates, plus its own controls (v.search in the comment, v.theme mentioned, v.group of NPS), the
/// newest fifty comments first. Through the cube, so the same filters (and an embed's locks) apply.
/// </summary>
public sealed record VerbatimQuery(string? Search, string? Theme, string? Group)
{
    public const int Limit = 50;

    public static IReadOnlyList<string> Groups { get; } = ["promoter", "passive", "detractor"];

    public static VerbatimQuery From(IQueryCollection query) =>
        new(Blank(query["v.search"]), Blank(query["v.theme"]), Blank(query["v.group"]));

    /// <summary>The theme names the surveys cube knows (its mentions_* dimensions).</summary>
    public static IReadOnlyList<string> Themes(CubeDefinition surveys) =>
        surveys.Dimensions.Where(d => d.Name.StartsWith("mentions_", StringComparison.Ordinal)).Select(d => d.Name["mentions_".Length..]).ToList();

    public CubeQuery Build(DashboardFilters filters, CubeDefinition surveys, KpiCubePeriod period)
    {
        if (Theme is { } theme && !Themes(surveys).Contains(theme))
        {
            throw new DashboardFilterException("v.theme", $"'{theme}' is not a theme ({string.Join(", ", Themes(surveys))})");
        }
        if (Group is { } group && !Groups.Contains(group))
        {
            throw new DashboardFilterException("v.group", $"'{group}' is not promoter, passive or detractor");
        }
        var own = new List<QueryFilter> { new("surveys.comment", FilterOperator.Set, []) };
        if (Search is { } search)
        {
            own.Add(new("surveys.comment", FilterOperator.Contains, [search]));
        }
        if (Theme is { } t)
        {
            own.Add(new($"surveys.mentions_{t}", FilterOperator.Equals, ["true"]));
        }
        if (Group is { } g)
        {
            own.Add(new("surveys.nps_group", FilterOperator.Equals, [g]));
        }
        var time = $"surveys.{period.Time}";
        return new CubeQuery
        {
            Dimensions = ["surveys.responded_on", "surveys.response_id", "surveys.account_id", "surveys.account_name", "surveys.survey_type", "surveys.score", "surveys.nps_group", "surveys.theme", "surveys.comment"],
            TimeDimension = new TimeDimensionQuery(time, null, filters.Range),
            Filters = [.. ChartQuery.Applied(filters, surveys).Select(f => new QueryFilter($"surveys.{f.Key}", FilterOperator.In, f.Value)), .. own],
            Order = [new QueryOrder("surveys.responded_on", Descending: true), new QueryOrder("surveys.response_id", Descending: false)],
            Limit = Limit,
        };
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
