using Reporting.Core.Access;
using Reporting.Core.Cube.Compiling;
using Reporting.Core.Cube.Model;
using Reporting.Core.Cube.Querying;
using Reporting.Core.Sql;
using Reporting.Core.Tests.Snapshots;

namespace Reporting.Core.Tests.Cube;

/// <summary>
/// Golden SQL for representative queries: model + query → SQL + parameters, in DuckDB's SQL
/// (Name.verified.txt), ClickHouse's (Name.ClickHouse.verified.txt) and ClickHouse's on a cluster, whose
/// joins and IN subqueries over tables are GLOBAL (Name.ClickHouseCluster.verified.txt), all from the same plan.
/// </summary>
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

    /// <summary>The feature-impact CLV (list_avg over list_transform of a DISTINCT struct list) and a formula over it.</summary>
    [Fact]
    public void Feature_impact_by_theme() => Verify(new CubeQuery
    {
        Measures = ["feature_requests.feature_impact_score", "feature_requests.promoter_requester_clv"],
        Dimensions = ["feature_requests.theme"],
    });

    /// <summary>A restricted scope, a weekly bucket, a boolean dimension, a median and a date range.</summary>
    [Fact]
    public void Detractor_contact_by_week_for_one_csm() => Verify(new CubeQuery
    {
        Measures = ["detractor_cases.hours_to_contact_median", "detractor_cases.contact_24h"],
        Dimensions = ["detractor_cases.followed_up"],
        TimeDimension = new TimeDimensionQuery("detractor_cases.responded_at", TimeGranularity.Week, new DateRange(new DateOnly(2026, 3, 2), new DateOnly(2026, 3, 29))),
    }, AccessScope.ForBook(["Dana Reyes"]));

    private void Verify(CubeQuery query, AccessScope? scope = null, [System.Runtime.CompilerServices.CallerMemberName] string name = "")
    {
        Snapshot.Verify(Text(new QueryCompiler(fixture.Model), query, scope), name);
        Snapshot.Verify(Text(new QueryCompiler(fixture.Model, SqlDialect.ClickHouse), query, scope), name + ".ClickHouse");
        Snapshot.Verify(Text(new QueryCompiler(fixture.Model, SqlDialect.ClickHouseCluster), query, scope), name + ".ClickHouseCluster");
    }

    private static string Text(QueryCompiler compiler, CubeQuery query, AccessScope? scope)
    {
        var compiled = compiler.Compile(query, CubeFixture.Today, scope ?? AccessScope.All);
        var parameters = compiled.Parameters.Select((p, i) => $"${i + 1} = {Describe(p)}");
        return $"{compiled.Sql}\n\n-- parameters\n{string.Join("\n", parameters)}";
    }

    private static string Describe(object? value) => value switch
    {
        null => "NULL",
        DateTime t => $"{t:yyyy-MM-dd HH:mm:ss} (timestamp)",
        string s => $"'{s}' (text)",
        string[] list => $"[{string.Join(", ", list.Select(v => $"'{v}'"))}] (text list)",
        _ => $"{Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)} ({value.GetType().Name})",
    };

    public void Dispose() => fixture.Dispose();
}
