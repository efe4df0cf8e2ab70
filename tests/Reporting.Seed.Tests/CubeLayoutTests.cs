using Reporting.Core.Access;
using Reporting.Core.Cube;
using Reporting.Core.Cube.Compiling;
using Reporting.Core.Cube.Model;
using Reporting.Core.Cube.Querying;

namespace Reporting.Seed.Tests;

/// <summary>
/// On the demo data, every measure of every cube answers the same whether the statement
/// aggregates below the joins or in one step: by an own and a joined dimension with every
/// subtotal (CUBE) and a measure threshold, and by month over a range with a joined filter.
/// </summary>
public sealed class CubeLayoutTests(SmallSeedFixture fixture) : IClassFixture<SmallSeedFixture>
{
    private static readonly DateOnly Today = SeededDatabase.AsOf;

    [Fact]
    public void Both_layouts_answer_every_measure_alike_on_the_demo_data()
    {
        var connection = fixture.Seeded.Connection;
        var model = SemanticModel.Load(CubeEngine.DefaultModelFolder, connection);
        var twoSteps = new QueryCompiler(model);
        var oneStep = new QueryCompiler(model, aggregateBelowJoins: false);
        var compared = 0;
        foreach (var query in model.Cubes.SelectMany(Queries))
        {
            var ours = twoSteps.Compile(query, Today, AccessScope.All);
            var before = oneStep.Compile(query, Today, AccessScope.All);
            if (ours.Sql != before.Sql)
            {
                Assert.Equal(LayoutRows.Of(connection, before), LayoutRows.Of(connection, ours));
                compared++;
            }
        }
        // Most of the model's measures combine: the two layouts were really compared, many times.
        Assert.True(compared >= 60, $"only {compared} queries differed between the layouts");
    }

    private static IEnumerable<CubeQuery> Queries(CubeDefinition cube)
    {
        var own = cube.Dimensions.FirstOrDefault(d => d.Type == DimensionType.String && !d.Sql.Contains('.', StringComparison.Ordinal));
        var joined = cube.Dimensions.FirstOrDefault(d => d.Name == "segment");
        var time = cube.Dimensions.FirstOrDefault(d => d.Type == DimensionType.Time);
        // The threshold is on a count: DuckDB cannot bind a HAVING over a measure with a lambda (a known limit, in the README).
        var count = cube.Measures.FirstOrDefault(m => m.Type == MeasureType.Count);
        foreach (var measure in cube.Measures.Select(m => $"{cube.Name}.{m.Name}"))
        {
            if (own is not null && joined is not null)
            {
                yield return new CubeQuery
                {
                    Measures = [measure],
                    Dimensions = [$"{cube.Name}.{own.Name}", $"{cube.Name}.{joined.Name}"],
                    Filters = count is null ? [] : [new QueryFilter($"{cube.Name}.{count.Name}", FilterOperator.Gte, ["2"])],
                    Totals = Totals.Cube,
                };
            }
            if (time is not null && joined is not null)
            {
                yield return new CubeQuery
                {
                    Measures = [measure],
                    TimeDimension = new TimeDimensionQuery($"{cube.Name}.{time.Name}", TimeGranularity.Month, new DateRange(Today.AddMonths(-9), Today)),
                    Filters = [new QueryFilter($"{cube.Name}.{joined.Name}", FilterOperator.NotEquals, ["Enterprise"])],
                    Totals = Totals.Rollup,
                };
            }
        }
    }
}
