using System.Globalization;
using Reporting.ClickHouse;
using Reporting.Core.Access;
using Reporting.Core.Cube;
using Reporting.Core.Cube.Compiling;
using Reporting.Core.Cube.Model;
using Reporting.Core.Cube.Querying;
using Reporting.Core.Kpis;
using Reporting.Core.Storage;
using Reporting.Core.Warehouse;
using Reporting.Core.Sql;
using Reporting.DuckDb;
using Reporting.Tests.Chdb;

namespace Reporting.Core.Tests.Cube;

/// <summary>
/// The ClickHouse statements the compiler writes, run on embedded ClickHouse (chDB, through
/// ClickHouse.Driver and the seam's placeholders and readers) over the cube fixture's rows as a load
/// publishes them (the warehouse's own schema, views as tables): each answers the same rows as the
/// DuckDB statement compiled from the same plan, and a few are checked against numbers worked out by hand.
/// </summary>
public sealed class ClickHouseCompiledQueryTests : IDisposable
{
    private static readonly DateRange FirstQuarter = new(new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31));

    private static readonly Dictionary<string, (CubeQuery Query, AccessScope Scope)> Queries = new()
    {
        ["nps by segment and month, rolled up"] = (new CubeQuery
        {
            Measures = ["surveys.nps", "surveys.passive_share", "surveys.csat"],
            Dimensions = ["surveys.segment"],
            TimeDimension = new TimeDimensionQuery("surveys.responded_at", TimeGranularity.Month, FirstQuarter),
            Totals = Totals.Rollup,
        }, AccessScope.All),
        ["percentiles by priority for some tiers, ordered and cut"] = (new CubeQuery
        {
            Measures = ["tickets.frt_p90_minutes", "tickets.frt_median_minutes", "tickets.ttr_p90_hours"],
            Dimensions = ["tickets.priority"],
            Filters = [new QueryFilter("tickets.tier", FilterOperator.In, ["Premium", "Platinum"]), new QueryFilter("tickets.channel", FilterOperator.NotSet, [])],
            Order = [new QueryOrder("tickets.frt_p90_minutes", Descending: true)],
            Limit = 2,
        }, AccessScope.All),
        ["every combination of segment and tier above a threshold"] = (new CubeQuery
        {
            Measures = ["tickets.reopen_rate", "tickets.count", "tickets.handoffs_per_ticket"],
            Dimensions = ["tickets.segment", "tickets.tier"],
            Filters = [new QueryFilter("tickets.count", FilterOperator.Gte, ["1"]), new QueryFilter("tickets.tier", FilterOperator.Contains, ["IUM", "50%_off", "Stand"])],
            Totals = Totals.Cube,
        }, AccessScope.All),
        ["sla by priority, now in UTC"] = (new CubeQuery { Measures = ["tickets.sla_breach_rate", "tickets.aging_p1p2"], Dimensions = ["tickets.priority", "tickets.first_response_sla"] }, AccessScope.All),
        ["tickets by day"] = (Bucketed(TimeGranularity.Day), AccessScope.All),
        ["tickets by week"] = (Bucketed(TimeGranularity.Week), AccessScope.All),
        ["tickets by quarter"] = (Bucketed(TimeGranularity.Quarter), AccessScope.All),
        ["tickets by year, a page of one"] = (Bucketed(TimeGranularity.Year) with { Offset = 1, Limit = 1 }, AccessScope.All),
        ["one account's tickets"] = (new CubeQuery { Measures = ["tickets.count", "tickets.solved"], Dimensions = ["tickets.account_id"] }, AccessScope.ForAccounts(["A3"])),
        ["a book with no accounts"] = (new CubeQuery { Measures = ["tickets.count"], Dimensions = ["tickets.account_id"] }, AccessScope.ForBook(["nobody"])),
        ["a book named with letters beyond ASCII"] = (new CubeQuery { Measures = ["tickets.count"], Dimensions = ["tickets.account_id"] }, AccessScope.ForBook(["ÉLODIE BRUN"])),
        ["themes of the comments"] = (new CubeQuery
        {
            Measures = ["surveys.theme_chasing", "surveys.theme_not_resolved", "surveys.driver_collaboration", "surveys.nps"],
            Dimensions = ["surveys.theme", "surveys.mentions_waiting"],
        }, AccessScope.All),
        ["responses by minute, not equal to a segment"] = (new CubeQuery
        {
            Measures = ["surveys.nps_responses"],
            Dimensions = ["surveys.responded_on"],
            Filters = [new QueryFilter("surveys.segment", FilterOperator.NotEquals, ["Enterprise"])],
        }, AccessScope.All),
        ["feature impact by theme"] = (new CubeQuery
        {
            Measures = ["feature_requests.feature_impact_score", "feature_requests.passive_requester_clv", "feature_requests.requests"],
            Dimensions = ["feature_requests.theme", "feature_requests.nps_group"],
            Totals = Totals.Rollup,
        }, AccessScope.All),
        ["engagement by month: distinct users, seats, key features"] = (new CubeQuery
        {
            Measures = ["engagement.active_user_ratio", "engagement.feature_adoption", "engagement.logins_per_active_user", "engagement.key_features_used"],
            Dimensions = ["engagement.segment"],
            TimeDimension = new TimeDimensionQuery("engagement.occurred_at", TimeGranularity.Month, FirstQuarter),
            Totals = Totals.Rollup,
        }, AccessScope.All),
        ["meetings held, attendance up to now"] = (new CubeQuery { Measures = ["meetings.qbr_attendance", "meetings.count"], Dimensions = ["meetings.held"], Totals = Totals.Rollup }, AccessScope.All),
    };

    private readonly CubeFixture fixture = new();
    private readonly ClickHouseWarehouse warehouse = TestWarehouses.Open();

    public ClickHouseCompiledQueryTests()
    {
        using (var connection = fixture.Database.Connect())
        {
            connection.Execute("""
                UPDATE fact_survey_response SET comment = 'Kept chasing them, then a long wait' WHERE response_id = 'R4';
                UPDATE fact_survey_response SET comment = 'still waiting' WHERE response_id = 'R5';
                UPDATE fact_survey_response SET comment = '   ' WHERE response_id = 'R6';
                UPDATE fact_survey_response SET comment = 'Immer noch NICHT GELÖST' WHERE response_id = 'R3';
                UPDATE dim_account SET csm = 'Élodie Brun' WHERE account_id = 'A2';
                INSERT INTO fact_meeting VALUES
                    ('M1', 'A1', 'QBR', TIMESTAMP '2026-02-01 10:00', true, true),
                    ('M2', 'A2', 'EBR', TIMESTAMP '2026-03-01 10:00', true, false),
                    ('M3', 'A3', 'QBR', TIMESTAMP '2026-03-10 10:00', NULL, NULL),
                    ('M4', 'A3', 'check-in', TIMESTAMP '2026-03-11 10:00', false, NULL);
                UPDATE dim_account SET clv = CASE account_id WHEN 'A1' THEN 100 WHEN 'A2' THEN 300 ELSE 50 END;
                INSERT INTO fact_feature_request (request_id, account_id, theme, requested_at) VALUES
                    ('Q1', 'A1', 'reports', TIMESTAMP '2026-03-10'), ('Q2', 'A1', 'reports', TIMESTAMP '2026-03-10'),
                    ('Q3', 'A2', 'reports', TIMESTAMP '2026-03-10'), ('Q4', 'A3', 'exports', TIMESTAMP '2026-03-10'),
                    ('Q5', 'A2', 'exports', TIMESTAMP '2026-03-10');
                UPDATE dim_account SET seats = CASE account_id WHEN 'A1' THEN 4 WHEN 'A2' THEN 2 ELSE NULL END;
                INSERT INTO fact_engagement VALUES
                    ('A1', 'u1', TIMESTAMP '2026-01-05 09:00', 'login'), ('A1', 'u1', TIMESTAMP '2026-01-20 09:00', 'login'),
                    ('A1', 'u2', TIMESTAMP '2026-02-02 09:00', 'login'), ('A1', 'u2', TIMESTAMP '2026-02-02 09:05', 'feature:reports'),
                    ('A2', 'u3', TIMESTAMP '2026-02-10 09:00', 'login'), ('A2', 'u3', TIMESTAMP '2026-02-10 09:05', 'feature:api'),
                    ('A3', 'u4', TIMESTAMP '2026-03-03 09:00', 'login'), ('A3', 'u4', TIMESTAMP '2026-03-03 09:05', 'feature:chat');
                """);
            WarehousePublisher.Publish(connection, warehouse, WarehouseTables.Names);
        }
    }

    public static TheoryData<string> Names => [.. Queries.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public void ClickHouse_answers_the_rows_DuckDB_answers(string name)
    {
        var (query, scope) = Queries[name];

        var duckDb = Rows(new QueryCompiler(fixture.Model), query, scope, fixture.Database.Connect);
        var clickHouse = Rows(new QueryCompiler(fixture.Model, SqlDialect.ClickHouse), query, scope, warehouse.Connect);
        // One node runs a cluster's statement too: GLOBAL changes where the right side is read, not the rows.
        var cluster = Rows(new QueryCompiler(fixture.Model, SqlDialect.ClickHouseCluster), query, scope, warehouse.Connect);

        Assert.Equal(duckDb, clickHouse);
        Assert.Equal(duckDb, cluster);
        Assert.True(duckDb.Length > 0 || scope.IsUnrestricted is false, "an unrestricted query with no rows would compare nothing");
    }

    /// <summary>NPS: January 2 promoters of 2 (100), February 1 detractor of 2 (−50), March 1 detractor and 1 passive (−50); the quarter 2 − 2 of 6 (0).</summary>
    [Fact]
    public void Nps_by_month_with_its_total_is_worked_out_by_hand()
    {
        var query = new CubeQuery
        {
            Measures = ["surveys.nps"],
            TimeDimension = new TimeDimensionQuery("surveys.responded_at", TimeGranularity.Month, FirstQuarter),
            Totals = Totals.Rollup,
        };

        var rows = Rows(new QueryCompiler(fixture.Model, SqlDialect.ClickHouse), query, AccessScope.All, warehouse.Connect);

        Assert.Equal(["2026-01-01|100|2|0", "2026-02-01|-50|2|0", "2026-03-01|-50|2|0", "∅|0|6|1"], rows);
    }

    /// <summary>
    /// The Feature Impact Score, from the latest NPS answers before 10 March (A1 promoter, A2
    /// detractor, A3 passive) and CLVs 100, 300 and 50: reports 2 × 100 + 1 × 300 = 500, exports
    /// 1 × 50 + 1 × 300 = 350; the average CLV of an account asking twice counts it once.
    /// </summary>
    [Fact]
    public void Feature_impact_is_worked_out_by_hand()
    {
        var query = new CubeQuery { Measures = ["feature_requests.feature_impact_score", "feature_requests.promoter_requester_clv"], Dimensions = ["feature_requests.theme"] };

        var rows = Rows(new QueryCompiler(fixture.Model, SqlDialect.ClickHouse), query, AccessScope.All, warehouse.Connect);

        Assert.Equal(["exports|350|2|∅|0", "reports|500|3|100|2"], rows);
    }

    /// <summary>A3's tickets T4 (P3, 4 h to a first response) and T5 (P1, none) and T6 (P2, 90 min): T4 took 240 minutes, T6 90 and 10 hours to its solve; a status with no ticket solved counts as NULL, not 0.</summary>
    [Fact]
    public void Medians_and_empty_aggregates_are_worked_out_by_hand()
    {
        var query = new CubeQuery { Measures = ["tickets.frt_median_minutes", "tickets.ttr_median_hours"], Dimensions = ["tickets.status"] };

        var rows = Rows(new QueryCompiler(fixture.Model, SqlDialect.ClickHouse), query, AccessScope.ForAccounts(["A3"]), warehouse.Connect);

        Assert.Equal(["new|∅|0|∅|0", "open|240|1|∅|0", "solved|90|1|10|1"], rows);
    }

    /// <summary>
    /// Over no rows DuckDB's sum, avg, min, max and quantiles are NULL; ClickHouse's plain ones give 0
    /// or nan on a column that is not Nullable, so the ClickHouse statement must say NULL itself.
    /// </summary>
    [Fact]
    public void Aggregates_over_no_rows_are_null_on_columns_that_hold_no_null()
    {
        using var duckDb = fixture.Database.Connect();
        duckDb.Execute("""
            CREATE TABLE fact_reading (reading_id VARCHAR NOT NULL, value DOUBLE NOT NULL);
            INSERT INTO fact_reading VALUES ('a', 1.5), ('b', 4.5);
            """);
        using (var clickHouse = warehouse.Connect())
        {
            clickHouse.Execute("CREATE TABLE fact_reading (reading_id String, value Float64) ENGINE = MergeTree ORDER BY reading_id");
            clickHouse.Execute("INSERT INTO fact_reading VALUES ('a', 1.5), ('b', 4.5)");
        }
        MeasureDefinition Over(string name, MeasureType type) => new(name, type) { Sql = "value", Filter = "value > 2", P = type == MeasureType.Percentile ? 0.9 : null };
        var cube = new CubeDefinition("readings", "fact_reading", "Readings", "readings.yaml")
        {
            Dimensions = [new DimensionDefinition("reading_id", DimensionType.String, "reading_id")],
            Measures = [Over("total", MeasureType.Sum), Over("mean", MeasureType.Avg), Over("least", MeasureType.Min), Over("most", MeasureType.Max), Over("middle", MeasureType.Median), Over("p90", MeasureType.Percentile)],
        };
        var model = SemanticModel.Create([cube], duckDb);
        var query = new CubeQuery { Measures = cube.Measures.Select(m => "readings." + m.Name).ToList(), Dimensions = ["readings.reading_id"], Totals = Totals.Rollup };

        var rows = Rows(new QueryCompiler(model, SqlDialect.ClickHouse), query, AccessScope.All, warehouse.Connect);

        Assert.Equal(Rows(new QueryCompiler(model), query, AccessScope.All, fixture.Database.Connect), rows);
        Assert.Equal(["a|∅|0|∅|0|∅|0|∅|0|∅|0|∅|0|0", "b|4.5|1|4.5|1|4.5|1|4.5|1|4.5|1|4.5|1|0", "∅|4.5|1|4.5|1|4.5|1|4.5|1|4.5|1|4.5|1|1"], rows);
    }

    /// <summary>
    /// The cube engine on a chdb: database (its statements on the warehouse, in ClickHouse's SQL)
    /// answers as on DuckDB, rounding, empty periods filled and the compared period included.
    /// </summary>
    [Fact]
    public void The_cube_engine_on_a_chdb_database_answers_as_on_DuckDB()
    {
        using var database = ReportingDatabase.Open(TestWarehouses.NewLocation());
        using (var duckDb = fixture.Database.Connect())
        {
            WarehousePublisher.Publish(duckDb, database.Warehouse!, WarehouseTables.Names);
        }
        var engine = new CubeEngine(fixture.Model, database, KpiCatalog.DefaultLowSampleBelow);
        var query = new CubeQuery
        {
            Measures = ["surveys.nps", "surveys.nps_margin"],
            Dimensions = ["surveys.segment"],
            TimeDimension = new TimeDimensionQuery("surveys.responded_at", TimeGranularity.Week, new DateRange(new DateOnly(2026, 2, 2), new DateOnly(2026, 3, 8))),
            Compare = CompareWith.PreviousPeriod,
            Totals = Totals.Rollup,
        };

        var onClickHouse = engine.Query(query, CubeFixture.Today);
        var onDuckDb = fixture.Query(query);

        Assert.Same(SqlDialect.ClickHouse, database.Dialect);
        Assert.Equal(Shown(onDuckDb), Shown(onClickHouse));
        Assert.Equal(Shown(onDuckDb.Compare!), Shown(onClickHouse.Compare!));
        // Five weeks for each of the two segments answering (empty ones filled), their two subtotals and the total.
        Assert.Equal(13, onClickHouse.Rows.Count);
    }

    public void Dispose()
    {
        warehouse.Dispose();
        fixture.Dispose();
    }

    private static CubeQuery Bucketed(TimeGranularity granularity) => new()
    {
        Measures = ["tickets.count", "tickets.ttr_median_hours"],
        TimeDimension = new TimeDimensionQuery("tickets.created_at", granularity, FirstQuarter),
        Dimensions = ["tickets.priority"],
        Totals = Totals.Rollup,
    };

    private static string[] Shown(CubeResult result) => result.Rows.Select(row => string.Join("|", row.Select(Format))).ToArray();

    private static string[] Rows(QueryCompiler compiler, CubeQuery query, AccessScope scope, Func<System.Data.Common.DbConnection> connect)
    {
        var compiled = compiler.Compile(query, CubeFixture.Today, scope);
        using var connection = connect();
        var result = connection.Query(compiled.Sql, compiled.Parameters, CancellationToken.None);
        return Enumerable.Range(0, result.RowCount)
            .Select(row => string.Join("|", result.Columns.Select(c => Format(c.GetValue(row)))))
            .ToArray();
    }

    /// <summary>Values as both engines' types show them alike: sums DuckDB widens (HUGEINT) as integers, numbers to 6 places.</summary>
    private static string Format(object? value) => value switch
    {
        null => "∅",
        Int128 huge => ((long)huge).ToString(CultureInfo.InvariantCulture),
        double d => Math.Round(d, 6).ToString(CultureInfo.InvariantCulture),
        decimal m => Math.Round(m, 6).ToString("0.######", CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime time => time.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
