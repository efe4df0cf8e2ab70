using Reporting.Core.Access;
using Reporting.Core.Cube.Compiling;
using Reporting.Core.Cube.Model;
using Reporting.Core.Cube.Querying;
using Reporting.Core.Tests.Snapshots;

namespace Reporting.Core.Tests.Cube;

/// <summary>Golden SQL for representative queries: model + query → SQL + parameters.</summary>
public sealed class CompiledSqlSnapshotTests : IDisposable
{
    private readonly CubeFixture fixture = new();

    [Fact]
    public void Nps_trend_by_segment_with_rollup_over_the_last_six_months() => Verify(new CubeQuery
    {
        Measures = ["surveys.nps", "surveys.passive_share"],
        Dimensions = ["surveys.segment"],
        TimeDimension = new TimeDimensionQuery("surveys.responded_at", TimeGranularity.Month, RelativeDateRange.Parse("last 6 months", CubeFixture.Today)),
        Totals = Totals.Rollup,
    });

    [Fact]
    public void Frt_percentile_by_priority_for_some_tiers() => Verify(new CubeQuery
    {
        Measures = ["tickets.frt_p90_minutes", "tickets.frt_median_minutes"],
        Dimensions = ["tickets.priority"],
        Filters = [new QueryFilter("tickets.tier", FilterOperator.In, ["Premium", "Platinum"]), new QueryFilter("tickets.channel", FilterOperator.NotSet, [])],
        Order = [new QueryOrder("tickets.frt_p90_minutes", Descending: true)],
        Limit = 10,
    });

    /// <summary>Joins only what the query names: the SLA targets, not the accounts.</summary>
    [Fact]
    public void Sla_breach_rate_by_priority() => Verify(new CubeQuery
    {
        Measures = ["tickets.sla_breach_rate"],
        Dimensions = ["tickets.priority"],
    });

    [Fact]
    public void Reopen_rate_by_every_combination_of_segment_and_tier_above_a_threshold() => Verify(new CubeQuery
    {
        Measures = ["tickets.reopen_rate", "tickets.count"],
        Dimensions = ["tickets.segment", "tickets.tier"],
        Filters = [new QueryFilter("tickets.count", FilterOperator.Gt, ["5"]), new QueryFilter("tickets.csm", FilterOperator.Contains, ["50%_off"])],
        Totals = Totals.Cube,
    });

    private void Verify(CubeQuery query, [System.Runtime.CompilerServices.CallerMemberName] string name = "")
    {
        var compiled = new QueryCompiler(fixture.Model).Compile(query, CubeFixture.Today, AccessScope.All);
        var parameters = compiled.Parameters.Select((p, i) => $"${i + 1} = {Describe(p)}");
        Snapshot.Verify($"{compiled.Sql}\n\n-- parameters\n{string.Join("\n", parameters)}", name);
    }

    private static string Describe(object? value) => value switch
    {
        null => "NULL",
        DateTime t => $"{t:yyyy-MM-dd HH:mm:ss} (timestamp)",
        string s => $"'{s}' (text)",
        _ => $"{Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)} ({value.GetType().Name})",
    };

    public void Dispose() => fixture.Dispose();
}
