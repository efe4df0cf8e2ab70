using Reporting.Core.Ingest;

namespace Reporting.Core.Tests.Ingest;

/// <summary>
/// ARR movements load like the other facts, all or nothing; each refusal names file, line, column
/// and value, and the account's running ARR counts the movements already loaded.
/// </summary>
public sealed class RevenueLayoutTests : IDisposable
{
    private const string Header = "movement_id,account_id,effective_on,kind,arr_change,note";

    private const string AllMovements = "SELECT movement_id, account_id, effective_on, kind, arr_change, note FROM fact_revenue_movement ORDER BY movement_id";

    /// <summary>A1 starts at 1000 on 2025-01-01.</summary>
    private static readonly string[] Loaded = ["M1|A1|2025-01-01|new|1000.00|∅"];

    private readonly IngestFixture fixture = new();

    public RevenueLayoutTests()
    {
        IngestFixture.Committed(fixture.LoadAccounts());
        IngestFixture.Committed(fixture.Load(FactKind.Revenue, fixture.Write("start.csv", $"{Header}\nM1,A1,2025-01-01,new,1000,\n")));
    }

    [Fact]
    public void A_good_file_loads_every_movement_with_accounts_by_name_and_a_renewal_of_either_sign()
    {
        var path = fixture.Write("revenue.csv", $"""
            {Header}
            M2,A1,2025-06-01,expansion,500.50,upsell
            M3,A1,2026-01-01,renewal,-200.50,price cut
            M4,A1,2026-03-01,churn,-1300,
            M5,A1,2026-05-01,reactivation,800,
            M6,Globex,2025-02-01,new,48000,
            M7,A2,2026-02-01,Renewal,0,flat

            """);

        var report = IngestFixture.Committed(fixture.Load(FactKind.Revenue, path));

        Assert.Equal((6L, 6L, 0L), (report.RowsRead, report.Inserted, report.Replaced));
        // The running ARR checks run in the quick pass too: a clean file is never staged as text.
        Assert.DoesNotContain("read revenue.csv", report.Steps.Select(s => s.Name));
        Assert.Equal(
            [
                "M1|A1|2025-01-01|new|1000.00|∅",
                "M2|A1|2025-06-01|expansion|500.50|upsell",
                "M3|A1|2026-01-01|renewal|-200.50|price cut",
                "M4|A1|2026-03-01|churn|-1300.00|∅",
                "M5|A1|2026-05-01|reactivation|800.00|∅",
                "M6|A2|2025-02-01|new|48000.00|∅",
                "M7|A2|2026-02-01|renewal|0.00|flat",
            ],
            fixture.Rows(AllMovements));
    }

    [Fact]
    public void A_loaded_movement_loaded_again_replaces_itself_instead_of_counting_twice()
    {
        var report = IngestFixture.Committed(fixture.Load(FactKind.Revenue, fixture.Write("again.csv", $"{Header}\nM1,A1,2025-01-01,new,1200,corrected\n")));

        Assert.Equal((0L, 1L), (report.Inserted, report.Replaced));
        Assert.Equal(["M1|A1|2025-01-01|new|1200.00|corrected"], fixture.Rows(AllMovements));
    }

    [Theory]
    [InlineData("M2,A1,2025-03-01,contraction,200,", "arr_change", "200", "must be below 0 for contraction (it removes ARR)")]
    [InlineData("M2,A1,2025-03-01,churn,1000,", "arr_change", "1000", "must be below 0 for churn (it removes ARR)")]
    [InlineData("M2,A1,2025-03-01,expansion,-5,", "arr_change", "-5", "must be above 0 for expansion (it adds ARR)")]
    [InlineData("M2,A1,2025-03-01,contraction,-1500,", "arr_change", "-1500", "takes the account's ARR below 0 (ARR before it: 1000.00)")]
    [InlineData("M2,A1,2025-03-01,renewal,-1000.01,", "arr_change", "-1000.01", "takes the account's ARR below 0 (ARR before it: 1000.00)")]
    [InlineData("M2,A1,2025-03-01,churn,-400,", "arr_change", "-400", "a churn must bring the account's ARR to exactly 0 (ARR before it: 1000.00)")]
    [InlineData("M2,A1,2025-03-01,new,200,", "kind", "new", "a new movement only comes to an account that never had ARR (ARR before it: 1000.00; after a churn use reactivation)")]
    [InlineData("M2,A1,2025-03-01,reactivation,200,", "kind", "reactivation", "a reactivation only comes after a churn, to an account at 0 (ARR before it: 1000.00)")]
    [InlineData("M2,A3,2025-03-01,reactivation,200,", "kind", "reactivation", "a reactivation only comes after a churn, to an account at 0 (ARR before it: 0.00)")]
    [InlineData("M2,A1,2024-12-31,churn,-1000,", "arr_change", "-1000", "a churn must bring the account's ARR to exactly 0 (ARR before it: 0.00)")]
    [InlineData("M2,A9,2025-03-01,new,200,", "account_id", "A9", "account A9 is not loaded (no account has this id or name; load accounts first)")]
    [InlineData("M2,A1,2025-03-01,upsell,200,", "kind", "upsell", "must be one of new, expansion, contraction, churn, reactivation, renewal")]
    [InlineData("M2,A1,2025-03-01,expansion,,", "arr_change", null, "is required but empty")]
    public void A_bad_movement_is_refused_naming_its_line_column_and_value_and_nothing_loads(string row, string column, string? value, string reason)
    {
        var path = fixture.Write("revenue.csv", $"{Header}\nM9,A2,2025-02-01,new,100,\n{row}\n");

        var report = fixture.Load(FactKind.Revenue, path);

        Assert.False(report.Committed);
        Assert.Equal(new LoadError(path, 3, column, value, reason), Assert.Single(report.Errors));
        Assert.Equal(Loaded, fixture.Rows(AllMovements));
    }

    [Fact]
    public void The_error_reads_as_the_readme_shows_it()
    {
        var path = fixture.Write("revenue.csv", $"{Header}\nM9,A2,2025-02-01,new,100,\nM2,A1,2025-03-01,contraction,-1500,\n");

        var error = Assert.Single(fixture.Load(FactKind.Revenue, path).Errors);

        Assert.Equal($"{path}:3: column 'arr_change' value '-1500': takes the account's ARR below 0 (ARR before it: 1000.00)", error.Message);
    }

    [Fact]
    public void The_running_arr_follows_the_file_in_date_order_whatever_its_row_order()
    {
        // The churn comes first in the file but after the expansion in time: 1000 + 500 - 1500 = 0.
        var path = fixture.Write("revenue.csv", $"{Header}\nM3,A1,2025-09-01,churn,-1500,\nM2,A1,2025-06-01,expansion,500,\nM4,A1,2025-10-01,churn,-1,\n");

        var report = fixture.Load(FactKind.Revenue, path);

        Assert.Equal(
            [new LoadError(path, 4, "arr_change", "-1", "a churn must bring the account's ARR to exactly 0 (ARR before it: 0.00)")],
            report.Errors);
        Assert.Equal(Loaded, fixture.Rows(AllMovements));
    }

    [Fact]
    public void A_movement_before_loaded_ones_that_it_would_break_is_refused_naming_the_first_of_them()
    {
        IngestFixture.Committed(fixture.Load(FactKind.Revenue, fixture.Write("later.csv", $"{Header}\nM2,A1,2025-06-01,churn,-1000,\nM3,A1,2025-09-01,reactivation,500,\n")));
        var path = fixture.Write("revenue.csv", $"{Header}\nM4,A1,2025-03-01,contraction,-100,\n");

        var report = fixture.Load(FactKind.Revenue, path);

        // 1000 − 100 leaves 900 for the churn of 1000 loaded on 1 June, which would no longer end at 0.
        Assert.Equal(
            [new LoadError(path, 2, "arr_change", "-100", "makes the already loaded movement 2025-06-01 M2 break the ARR rules (load the account's movements together)")],
            report.Errors);
        Assert.Equal(3, fixture.Rows(AllMovements).Length);
    }

    [Fact]
    public void A_movement_id_twice_in_a_file_is_refused_naming_the_first()
    {
        var path = fixture.Write("revenue.csv", $"{Header}\nM2,A1,2025-03-01,expansion,100,\nM2,A1,2025-04-01,expansion,100,\n");

        var report = fixture.Load(FactKind.Revenue, path);

        Assert.Equal([new LoadError(path, 3, "movement_id", "M2", "repeats the key (movement_id) of an earlier row (line 2)")], report.Errors);
        Assert.Equal(Loaded, fixture.Rows(AllMovements));
    }

    public void Dispose() => fixture.Dispose();
}
