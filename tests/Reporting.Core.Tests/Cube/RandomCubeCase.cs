using Reporting.Core.Cube;
using Reporting.Core.Cube.Model;
using Reporting.Core.Cube.Querying;
using Reporting.Core.Storage;

namespace Reporting.Core.Tests.Cube;

/// <summary>One random case: the data of a seed, alone in the shared database for as long as the case lives.</summary>
public sealed class RandomCubeCase : IDisposable
{
    private readonly RandomCaseDatabase shared;
    private readonly IDisposable lease;

    public RandomCubeCase(int seed, RandomCaseDatabase shared)
    {
        this.shared = shared;
        Seed = seed;
        Data = RandomCubeData.Generate(seed);
        lease = shared.Take(Data);
        Engine = new CubeEngine(shared.Model, shared.Database);
    }

    public int Seed { get; }

    public RandomCubeData Data { get; }

    public CubeEngine Engine { get; }

    public ReportingDatabase Database => shared.Database;

    /// <summary>Whether the cube's fact table has any row in this case.</summary>
    public bool HasRows(string cube) => cube switch
    {
        "tickets" => Data.Tickets.Count > 0,
        "surveys" => Data.Answers.Count > 0,
        _ => throw new ArgumentOutOfRangeException(nameof(cube), cube, "random data fills the tickets and surveys cubes only"),
    };

    public CubeResult Query(CubeQuery query) => Engine.Query(query, CubeFixture.Today);

    /// <summary>A query of <paramref name="measures"/> by <paramref name="dimensions"/>; a "cube.time.granularity" member is the time dimension.</summary>
    public CubeResult Query(IReadOnlyList<string> measures, IReadOnlyList<string> dimensions, Totals totals)
    {
        var time = dimensions.FirstOrDefault(d => d.Count(c => c == '.') == 2);
        return Query(new CubeQuery
        {
            Measures = measures,
            Dimensions = dimensions.Where(d => d != time).ToList(),
            TimeDimension = time is null ? null : new TimeDimensionQuery(time[..time.LastIndexOf('.')], Enum.Parse<TimeGranularity>(time[(time.LastIndexOf('.') + 1)..], ignoreCase: true), null),
            Totals = totals,
        });
    }

    /// <summary>Every measure of a cube in the model, so that measures added later are covered too.</summary>
    public IReadOnlyList<MeasureDefinition> Measures(string cube) => shared.Model.Cube(cube)!.Measures;

    /// <summary>A measure's definition by its "cube.measure" name.</summary>
    public MeasureDefinition Measure(string member) =>
        shared.Model.Resolve(member) is ({ } cube, var name) ? cube.Measures.Single(m => m.Name == name) : throw new KeyNotFoundException(member);

    public override string ToString() => $"seed {Seed}: {Data.Accounts.Count} accounts, {Data.Tickets.Count} tickets, {Data.Answers.Count} answers";

    public void Dispose() => lease.Dispose();
}
