using Reporting.Core.Cube;
using Reporting.Core.Cube.Querying;

namespace Reporting.Documents.Cube;

/// <summary>
/// The answer: the query as understood (relative dates resolved), the rows keyed by member, and
/// with a comparison its date range and rows.
/// </summary>
public sealed record CubeResponse(CubeQuery Query, IReadOnlyList<IReadOnlyDictionary<string, object?>> Data)
{
    /// <summary>More rows matched than the limit (10,000 unless the query set one, at most 50,000): these are the first.</summary>
    public bool Truncated { get; init; }

    public DateRange? CompareDateRange { get; init; }

    public IReadOnlyList<IReadOnlyDictionary<string, object?>>? CompareData { get; init; }

    public static CubeResponse Of(CubeQuery query, CubeResult result) => new(query, result.Records())
    {
        Truncated = result.Truncated || result.Compare?.Truncated == true,
        CompareDateRange = result.Compare?.DateRange,
        CompareData = result.Compare?.Records(),
    };
}
