using Reporting.Core.Cube;
using Reporting.Core.Cube.Model;
using Reporting.Core.Cube.Querying;
using Reporting.Core.Storage;
using Reporting.Core.Kpis;

namespace Reporting.Core.Tests.Cube;

/// <summary>
/// One random case: the data of a seed, alone in the shared database for as long as the case lives;
/// with a date range, every query of the case is limited to it.
/// </summary>
public sealed class RandomCubeCase : IDisposable
{
    private readonly RandomCaseDatabase shared;
    private readonly IDisposable lease;

    public RandomCubeCase(int seed, RandomCaseDatabase shared, DateRange? range = null)
    {
        this.shared = shared;
        Seed = seed;
        Range = range;
        Data = RandomCubeData.Generate(seed);
        Rows = range is null ? Data : Data.Within(range);
        lease = shared.Take(Data);
        Engine = new CubeEngine(shared.Model, shared.Database, KpiCatalog.DefaultLowSampleBelow);
    }

    public int Seed { get; }

    /// <summary>Every row generated, all of it in the database.</summary>
    public RandomCubeData Data { get; }

    public DateRange? Range { get; }

    /// <summary>The rows the case's queries see: those within its date range.</summary>
    public RandomCubeData Rows { get; }

    public CubeEngine Engine { get; }

    public ReportingDatabase Database => shared.Database;

    public CubeResult Query(CubeQuery query) => Engine.Query(query, CubeFixture.Today);

    /// <summary>
    /// A query of <paramref name="measures"/> by <paramref name="dimensions"/>, within the case's
    /// range; a "cube.time.granularity" member is the time dimension.
    /// </summary>
    public CubeResult Query(IReadOnlyList<string> measures, IReadOnlyList<string> dimensions, Totals totals)
    {
        var time = dimensions.FirstOrDefault(d => d.Count(c => c == '.') == 2);
        var cube = measures[0][..measures[0].IndexOf('.', StringComparison.Ordinal)];
        return Query(new CubeQuery
        {
            Measures = measures,
            Dimensions = dimensions.Where(d => d != time).ToList(),
            TimeDimension = time is not null
                ? new TimeDimensionQuery(time[..time.LastIndexOf('.')], Enum.Parse<TimeGranularity>(time[(time.LastIndexOf('.') + 1)..], ignoreCase: true), Range)
                : Range is not null ? new TimeDimensionQuery(ReferenceDimensions.Time(cube), null, Range) : null,
            Totals = totals,
        });
    }

    /// <summary>Every measure of a cube in the model, so that measures added later are covered too.</summary>
    public IReadOnlyList<MeasureDefinition> Measures(string cube) => shared.Model.Cube(cube)!.Measures;

    /// <summary>A measure's definition by its "cube.measure" name.</summary>
    public MeasureDefinition Measure(string member) =>
        shared.Model.Resolve(member) is ({ } cube, var name) ? cube.Measures.Single(m => m.Name == name) : throw new KeyNotFoundException(member);

    public override string ToString() =>
        $"seed {Seed}: {Data.Accounts.Count} accounts, {Rows.Tickets.Count} tickets, {Rows.Answers.Count} answers" + (Range is { } r ? $" from {r.From:yyyy-MM-dd} to {r.To:yyyy-MM-dd}" : "");

    public void Dispose() => lease.Dispose();
}
