using Reporting.Core.Cube.Querying;
using Reporting.Core.Kpis;

namespace Reporting.Core.FeatureImpact;

/// <summary>
/// The Feature Impact Score per feature request theme, highest first, from the feature_requests cube
/// (one grouped query; filters bound by the cube compiler): what to build first for revenue at stake.
/// </summary>
public sealed class FeatureImpactTable(CubeQueryRunner query)
{
    private const string Cube = "feature_requests";

    private static readonly string[] Groups = ["promoter", "passive", "detractor"];

    /// <summary>Rows for the account or segment of <paramref name="filter"/> and requests made within its dates.</summary>
    public IReadOnlyList<FeatureImpactRow> Rows(KpiFilter filter, DateOnly today, CancellationToken cancellationToken = default)
    {
        var measures = new List<string> { $"{Cube}.feature_impact_score", $"{Cube}.requests" };
        measures.AddRange(Groups.SelectMany(g => new[] { $"{Cube}.{g}_requests", $"{Cube}.{g}_requester_clv" }));
        var result = query(new CubeQuery
        {
            Measures = measures,
            Dimensions = [$"{Cube}.theme"],
            Filters = Filters(filter),
            Order = [new QueryOrder($"{Cube}.feature_impact_score", Descending: true)],
        }, today, cancellationToken);
        return Enumerable.Range(0, result.Rows.Count).Select(row => new FeatureImpactRow(
                (string)result.Value(row, $"{Cube}.theme")!,
                KpiNumbers.ToDouble(result.Value(row, $"{Cube}.feature_impact_score")) ?? 0,
                KpiNumbers.ToCount(result.Value(row, $"{Cube}.requests")),
                Groups.Select(g => new FeatureImpactGroup(
                    g,
                    KpiNumbers.ToCount(result.Value(row, $"{Cube}.{g}_requests")),
                    KpiNumbers.ToDouble(result.Value(row, $"{Cube}.{g}_requester_clv")))).ToList()))
            .ToList();
    }

    private static List<QueryFilter> Filters(KpiFilter filter) => KpiCubeQuery.Filters(Cube, new KpiCubePeriod("requested_at", WholeMonths: false), filter);
}
