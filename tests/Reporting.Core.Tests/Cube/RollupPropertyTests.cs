using Reporting.DuckDb;
using Reporting.Core.Cube;
using Reporting.Core.Cube.Model;
using Reporting.Core.Cube.Querying;
using Reporting.Core.Storage;
using Reporting.Core.Kpis;

namespace Reporting.Core.Tests.Cube;

/// <summary>
/// Subtotals over random data. Each case is a seed (named in every failure, so it can be replayed)
/// drawing accounts, tickets and answers, 1–3 dimensions in a random order and some of the cube's
/// measures; every property runs over both ROLLUP and CUBE.
/// A seeded System.Random rather than FsCheck: a failure names its seed, which regenerates the very
/// same rows for a debugger; shrinking would re-run the database per step for little gain at a few
/// dozen rows, and the tests need no F# runtime.
/// </summary>
public abstract class RollupPropertyTests(RandomCaseDatabase shared)
{
    private const int Cases = 100;

    private const int ReferencedPerCase = 3;

    private const int OthersPerCase = 2;

    // Queries of one level alone, asked once for ROLLUP and CUBE alike.
    private readonly Dictionary<(string Cube, string Grouped), GroupingLevels> asked = [];

    public static TheoryData<int> Seeds => new(Enumerable.Range(1, Cases));

    public static TheoryData<int> RangeSeeds => new(Enumerable.Range(Cases + 1, Cases / 2));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Subtotals_hold_over_random_data(int seed)
    {
        using var random = new RandomCubeCase(seed, shared);
        CheckEveryProperty(random, everyLevelAlone: false);
    }

    /// <summary>
    /// The same within a date range, which also fills the empty periods of a time dimension: every
    /// level is asked alone, since a level missing a filled period is the likely fault here.
    /// </summary>
    [Theory]
    [MemberData(nameof(RangeSeeds))]
    public void Subtotals_hold_within_a_date_range(int seed)
    {
        var draw = new Random(seed);
        var from = new DateOnly(2025, 12, 1).AddDays(draw.Next(90));
        using var random = new RandomCubeCase(seed, shared, new DateRange(from, from.AddDays(draw.Next(150))));
        CheckEveryProperty(random, everyLevelAlone: true);
    }

    /// <summary>Per cube, one ROLLUP and one CUBE query; the properties read the same answers.</summary>
    private void CheckEveryProperty(RandomCubeCase random, bool everyLevelAlone)
    {
        foreach (var cube in new[] { "tickets", "surveys" })
        {
            var draw = new Random(random.Seed * 31 + cube.Length);
            var dimensions = PickDimensions(draw, cube);
            var measures = PickMeasures(random, cube);
            var someLevel = draw.Next(1 << dimensions.Count);
            foreach (var totals in new[] { Totals.Rollup, Totals.Cube })
            {
                var result = GroupingLevels.Of(random.Query(measures, dimensions, totals), dimensions, measures);
                var where = $"{random}, {totals} by {string.Join(", ", dimensions)}";
                TheLevelsAreThoseOfTheTotals(random, result, totals, where);
                EveryGroupIsComputedFromItsOwnRows(random, result, where);
                AdditiveMeasuresSumToTheTotalAtEveryLevel(random, result, where);
                var alone = everyLevelAlone ? result.Levels.ToList() : [result.GrandTotal, someLevel];
                alone.ForEach(level => ALevelAskedAloneGivesTheSameRows(random, result, level, where));
            }
        }
    }

    /// <summary>
    /// ROLLUP groups by the leading dimensions, CUBE by every subset; with no rows at all only the
    /// grand total remains, unless a date range fills empty periods.
    /// </summary>
    private static void TheLevelsAreThoseOfTheTotals(RandomCubeCase random, GroupingLevels result, Totals totals, string where)
    {
        var expected = (totals == Totals.Rollup ? result.RollupLevels() : result.CubeLevels()).ToList();
        var holds = random.Range is not null ? result.Levels.Contains(result.GrandTotal) && result.Levels.All(expected.Contains)
            : random.Rows.HasRows(result.Cube) ? expected.Order().SequenceEqual(result.Levels.Order())
            : result.Levels.SequenceEqual([result.GrandTotal]);
        Assert.True(holds, $"{where}: levels {string.Join(",", result.Levels.Order())}");
    }

    /// <summary>
    /// Every group at every level, the grand total included, equals its measures computed in C# over
    /// the group's own rows: a ratio is its own numerator over its own denominator and a median the
    /// median of its rows, never an average of the finer groups'.
    /// </summary>
    private static void EveryGroupIsComputedFromItsOwnRows(RandomCubeCase random, GroupingLevels result, string where)
    {
        foreach (var member in result.Measures.Where(ReferenceMeasures.All.ContainsKey))
        {
            var decimals = random.Measure(member).Decimals;
            foreach (var level in result.Levels)
            {
                var grouped = result.Grouped(level);
                foreach (var (key, values) in result.Rows(level))
                {
                    var rows = ReferenceDimensions.Group(random.Rows, grouped, key);
                    var expected = ReferenceMeasures.Round(ReferenceMeasures.All[member](rows), decimals);
                    var actual = values[result.Column(member)];
                    Assert.True(Close(expected, actual), $"{where}, {member} for [{key}] by [{string.Join(", ", grouped)}]: computed from its rows {expected}, the cube says {actual}");
                }
            }
        }
    }

    /// <summary>Counts and sums: at every level the groups add up to the grand total.</summary>
    private static void AdditiveMeasuresSumToTheTotalAtEveryLevel(RandomCubeCase random, GroupingLevels result, string where)
    {
        var additive = result.Measures.Select(random.Measure).Where(m => m.Type is MeasureType.Count or MeasureType.Sum).ToList();
        Assert.NotEmpty(additive);
        foreach (var measure in additive)
        {
            var column = result.Column($"{result.Cube}.{measure.Name}");
            var total = result.Total()[column] ?? 0;
            foreach (var level in result.Levels)
            {
                var groups = result.Rows(level).Values.Select(v => v[column] ?? 0).ToList();
                // A rounded value may be off by half its last digit, in each group.
                var slack = measure.Decimals is { } digits ? groups.Count * 0.5 * Math.Pow(10, -digits) : 1e-9;
                Assert.True(Math.Abs(total - groups.Sum()) <= slack,
                    $"{where}, {measure.Name} at level {level}: the {groups.Count} groups add up to {groups.Sum()}, the total says {total}");
            }
        }
    }

    /// <summary>
    /// A level's rows equal the same measures grouped by that level's dimensions alone (for the grand
    /// total: asked with no dimension at all), for every measure queried, those without a C#
    /// reference included.
    /// </summary>
    private void ALevelAskedAloneGivesTheSameRows(RandomCubeCase random, GroupingLevels result, int level, string where)
    {
        if (!result.Levels.Contains(level))
        {
            return;
        }
        var grouped = result.Grouped(level);
        var key = (result.Cube, string.Join(",", grouped));
        if (!asked.TryGetValue(key, out var alone))
        {
            asked[key] = alone = GroupingLevels.Of(random.Query(result.Measures, grouped, Totals.None), grouped, result.Measures);
        }
        AssertSameRows(alone.Rows(0), result.Rows(level), result.Measures, $"{where}, level by [{string.Join(", ", grouped)}] asked alone");
    }

    [Fact]
    public void Every_measure_with_a_reference_is_in_the_model()
    {
        using var random = new RandomCubeCase(1, shared);

        Assert.All(ReferenceMeasures.All.Keys, member => random.Measure(member));
    }

    [Fact]
    public void Segment_counts_match_duckdb_computed_directly()
    {
        using var random = new RandomCubeCase(7, shared);
        using var connection = random.Database.Connect();
        var direct = connection.Query("""
            SELECT coalesce(a.segment, '∅') AS segment, count(*) AS n
            FROM fact_ticket t LEFT JOIN dim_account a ON a.account_id = t.account_id GROUP BY ALL ORDER BY ALL
            """);
        var expected = Enumerable.Range(0, direct.RowCount).ToDictionary(i => (string)direct["segment"].GetValue(i)!, i => (double?[])[GroupingLevels.Number(direct["n"].GetValue(i))]);
        var cube = GroupingLevels.Of(random.Query(["tickets.count"], ["tickets.segment"], Totals.Rollup), ["tickets.segment"], ["tickets.count"]);

        AssertSameRows(expected, cube.Rows(0), ["tickets.count"], random.ToString());
        Assert.Equal(random.Data.Tickets.Count, cube.Total()[0]);
    }

    [Fact]
    public void An_average_of_the_segments_ratios_and_medians_is_not_the_total()
    {
        using var database = ReportingDatabase.OpenInMemory();
        using (var connection = database.Connect())
        {
            // SMB: one solved ticket, reopened, first answer after 10 minutes.
            // Enterprise: nine solved tickets, one reopened, first answers after 20, 30, … 100 minutes.
            connection.Execute("""
                INSERT INTO dim_account (account_id, name, segment) VALUES ('S', 'Small', 'SMB'), ('E', 'Large', 'Enterprise');
                INSERT INTO fact_ticket (ticket_id, account_id, priority, created_at, first_response_at, solved_at, status, reopens)
                SELECT 'T' || i, CASE WHEN i = 1 THEN 'S' ELSE 'E' END, 'P2', TIMESTAMP '2026-03-02 09:00',
                       TIMESTAMP '2026-03-02 09:00' + to_minutes(10 * i), TIMESTAMP '2026-03-03 09:00', 'solved', CASE WHEN i <= 2 THEN 1 ELSE 0 END
                FROM range(1, 11) r(i);
                """);
        }
        var engine = new CubeEngine(shared.Model, database, KpiCatalog.DefaultLowSampleBelow);
        string[] measures = ["tickets.reopen_rate", "tickets.frt_median_minutes"];
        var result = engine.Query(new CubeQuery { Measures = measures, Dimensions = ["tickets.segment"], Totals = Totals.Rollup }, CubeFixture.Today);
        var levels = GroupingLevels.Of(result, ["tickets.segment"], measures);

        // Reopen rate: SMB 1/1 = 100 %, Enterprise 1/9 = 11.1 %; the average of the two says 55.6 %,
        // but 2 of the 10 solved tickets were reopened: 20 %.
        // FRT median: SMB 10, Enterprise 60; the average of the medians says 35, the median of all ten is 55.
        Assert.Equal((double?[])[100, 10], levels.Rows(0)["SMB"]);
        Assert.Equal((double?[])[11.1, 60], levels.Rows(0)["Enterprise"]);
        Assert.Equal((double?[])[20, 55], levels.Total());
        Assert.NotEqual(levels.Total()[0], levels.Rows(0).Values.Average(v => v[0]));
        Assert.NotEqual(levels.Total()[1], levels.Rows(0).Values.Average(v => v[1]));
    }

    /// <summary>
    /// The properties are not vacuous: had the compiler averaged the groups' values, most random
    /// cases would have failed (computed here from the rows alone, by segment).
    /// </summary>
    [Fact]
    public void A_compiler_averaging_the_groups_would_fail_most_random_cases()
    {
        var caught = Enumerable.Range(1, Cases).Select(RandomCubeData.Generate).Count(data =>
        {
            var segments = data.Tickets.GroupBy(t => data.Accounts.FirstOrDefault(a => a.Id == t.AccountId)?.Segment).ToList();
            var average = segments.Select(s => ReferenceMeasures.ReopenRate(s)).OfType<double>().DefaultIfEmpty().Average();
            return ReferenceMeasures.ReopenRate(data.Tickets) is { } total && Math.Abs(total - average) >= 0.05;
        });

        Assert.True(caught >= Cases / 2, $"only {caught} of {Cases} cases tell an average of ratios from the ratio");
    }

    /// <summary>1–3 dimensions of the cube's pool in a random order; a time dimension goes last, as the compiler puts it.</summary>
    private static IReadOnlyList<string> PickDimensions(Random draw, string cube)
    {
        var picked = ReferenceDimensions.Pool(cube).OrderBy(_ => draw.Next()).Take(draw.Next(1, 4)).ToList();
        return picked.OrderBy(d => d.Count(c => c == '.') == 2).ToList();
    }

    /// <summary>
    /// A few of the cube's measures with a C# reference and a few without, each list taken in turn
    /// from case to case, and always one count: every measure of the model, added later ones too, is
    /// queried in some case while each query stays a few milliseconds.
    /// </summary>
    private static IReadOnlyList<string> PickMeasures(RandomCubeCase random, string cube)
    {
        var all = random.Measures(cube).ToList();
        var count = all.First(m => m.Type == MeasureType.Count);
        var referenced = all.Where(m => ReferenceMeasures.All.ContainsKey($"{cube}.{m.Name}")).ToList();
        var others = all.Except(referenced).ToList();
        return new[] { count }.Concat(InTurn(referenced, random.Seed, ReferencedPerCase)).Concat(InTurn(others, random.Seed, OthersPerCase))
            .Select(m => $"{cube}.{m.Name}").Distinct().ToList();
    }

    private static IEnumerable<T> InTurn<T>(IReadOnlyList<T> items, int seed, int take) =>
        items.Count == 0 ? [] : Enumerable.Range(seed * take, take).Select(i => items[i % items.Count]);

    private static void AssertSameRows(Dictionary<string, double?[]> expected, Dictionary<string, double?[]> actual, IReadOnlyList<string> measures, string where)
    {
        Assert.True(expected.Keys.Order().SequenceEqual(actual.Keys.Order()),
            $"{where}: groups [{string.Join("; ", expected.Keys.Order())}] but got [{string.Join("; ", actual.Keys.Order())}]");
        foreach (var (key, values) in expected)
        {
            for (var i = 0; i < measures.Count; i++)
            {
                Assert.True(Close(values[i], actual[key][i]), $"{where}, group {key}, {measures[i]}: expected {values[i]}, got {actual[key][i]}");
            }
        }
    }

    private static bool Close(double? expected, double? actual) =>
        (expected, actual) switch
        {
            (null, null) => true,
            ({ } e, { } a) => Math.Abs(e - a) <= 1e-9 * Math.Max(1, Math.Abs(e)),
            _ => false,
        };
}

public sealed class RollupPropertyTestsOnDuckDb(RandomCasesOnDuckDb shared) : RollupPropertyTests(shared), IClassFixture<RandomCasesOnDuckDb>;

public sealed class RollupPropertyTestsOnClickHouse(RandomCasesOnClickHouse shared) : RollupPropertyTests(shared), IClassFixture<RandomCasesOnClickHouse>;
