using Reporting.Core.Cube.Model;
using Reporting.Core.Cube.Querying;
using Reporting.Core.Kpis;
using Reporting.Core.Revenue;
using Reporting.Core.Signals;
using Reporting.Core.Tests.Engines;
using Reporting.DuckDb;
using Reporting.Core.Themes;

namespace Reporting.Core.Tests.Revenue;

/// <summary>The Revenue dashboard's report computed by hand from <see cref="RevenueFixture"/> (period 2026-01-01 to 2026-03-31), on each engine.</summary>
public abstract class RevenueOutcomesTests : IDisposable
{
    protected static readonly DateOnly LateOctober = new(2026, 10, 31);

    private static readonly DateRange FirstQuarter = new(new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31));

    private readonly RevenueOutcomes outcomes;

    protected RevenueOutcomesTests(TestEngine engine)
    {
        Fixture = new RevenueFixture(engine);
        var themes = ThemeDictionary.Read(Playbook.DefaultThemesPath);
        outcomes = new RevenueOutcomes(Fixture.Calculator, new SignalEvaluator(Fixture.Calculator, Playbook.Load(Playbook.DefaultPath, Fixture.Catalog, themes), themes));
    }

    protected RevenueFixture Fixture { get; }

    protected RevenueOutcomes Outcomes => outcomes;

    [Fact]
    public void The_bridge_goes_from_arr_the_day_before_to_arr_on_the_last_day()
    {
        var report = outcomes.Build(new RevenueScope(), FirstQuarter, TimeGranularity.Month, LateOctober);

        // Start (31 December): R1 1100, R2 2000, R4 3000. New R3 5000; up R3's expansion 1000 and R4's renewal 300; down
        // R1's renewal 200; churn R2 2000; reactivation R2 1500. End: R1 900, R2 1500, R3 6000, R4 3300 = 11700.
        Assert.Equal(new ArrBridge(6100, 5000, 1300, 200, 2000, 1500, 11700), report.Bridge);
    }

    [Fact]
    public void A_list_of_accounts_scopes_the_bridge()
    {
        var report = outcomes.Build(new RevenueScope(["R1", "R3"]), FirstQuarter, TimeGranularity.Month, LateOctober);

        // R1 1100 at the start, R3 new 5000 and +1000, R1's renewal −200: 1100 + 6000 − 200 = 6900.
        Assert.Equal(new ArrBridge(1100, 5000, 1000, 200, 0, 0, 6900), report.Bridge);
    }

    [Fact]
    public void An_empty_list_of_accounts_scopes_to_none()
    {
        // A view whose filters match no account: nothing, not everything.
        var report = outcomes.Build(new RevenueScope([]), FirstQuarter, TimeGranularity.Month, LateOctober);

        Assert.Equal(new ArrBridge(0, 0, 0, 0, 0, 0, 0), report.Bridge);
        Assert.Equal(new RetentionRow("SMB", null, null, null, 0), report.BySegment[0]);
        Assert.Empty(report.Churned);
        Assert.Equal(0, report.Kpis["churn_180d_after_passive"].N);
    }

    [Fact]
    public void A_caller_scoped_to_some_accounts_sees_only_theirs()
    {
        using var _ = Reporting.Core.Access.AccessScope.Enter(Reporting.Core.Access.AccessScope.ForAccounts(["R1"]));

        var report = outcomes.Build(new RevenueScope(), FirstQuarter, TimeGranularity.Month, LateOctober);

        // R1 alone: 1100 at the start, its renewal −200, 900 at the end (its +300 of 1 April is after); SMB 900 / 1100 = 81.8.
        Assert.Equal(new ArrBridge(1100, 0, 0, 200, 0, 0, 900), report.Bridge);
        Assert.Equal(new RetentionRow("SMB", 81.8, 81.8, 0.0, 1), report.BySegment[0]);
        Assert.Empty(report.Churned);
    }

    [Fact]
    public void Retention_by_segment_and_by_month()
    {
        var report = outcomes.Build(new RevenueScope(), FirstQuarter, TimeGranularity.Month, LateOctober);

        Assert.Equal(
        [
            new RetentionRow("SMB", 77.4, 29.0, 50.0, 2),          // as in the KPI test for SMB
            new RetentionRow("Mid-Market", null, null, null, 0),   // no accounts
            new RetentionRow("Enterprise", 110.0, 100.0, 0.0, 1),  // R4 3000 → 3300; R3 is new
        ], report.BySegment);
        Assert.Equal(
        [
            // January: 6100 → R1 1100 + R4 3000 = 4100 (R2 churned 2000): 67.2, 67.2, 1 of 3.
            new RetentionRow("2026-01-01", 67.2, 67.2, 33.3, 3),
            // February: R1 1100 + R4 3000 = 4100 → 900 + 3000 = 3900 (R1's renewal −200): 95.1, 95.1.
            new RetentionRow("2026-02-01", 95.1, 95.1, 0.0, 2),
            // March: R1 900 + R3 5000 + R4 3000 = 8900 → 900 + 6000 + 3300 = 10200; R2 (0 at the start) is not in it.
            new RetentionRow("2026-03-01", 114.6, 100.0, 0.0, 3),
        ], report.OverTime);
    }

    [Fact]
    public void The_report_carries_the_same_kpis_as_a_kpi_request()
    {
        var report = outcomes.Build(new RevenueScope(), FirstQuarter, TimeGranularity.Month, LateOctober);
        var request = Fixture.Calculator.Compute(RevenueFixture.Period, LateOctober).Kpis;

        foreach (var id in RevenueKpiIds.All)
        {
            Assert.Equal(request[id], report.Kpis[id]);
        }
        Assert.Equal(50.0, report.Kpis["churn_180d_after_passive"].Value);
    }

    [Fact]
    public void Churned_accounts_with_their_last_nps_before_the_day_they_left()
    {
        var report = outcomes.Build(new RevenueScope(), new DateRange(new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30)), TimeGranularity.Quarter, LateOctober);

        // R4 left on 30 June (3300) after its 0 of 20 February; R2 on 15 January (2000) after its 2 of 10 January: its 8
        // of the 15th is on the day it left, not before. Neither has a score for the month before (no answers in its window).
        Assert.Equal(
        [
            ("R4", new DateOnly(2026, 6, 30), 3300.0, (int?)0, (DateOnly?)new DateOnly(2026, 2, 20), (double?)null),
            ("R2", new DateOnly(2026, 1, 15), 2000.0, 2, new DateOnly(2026, 1, 10), null),
        ], report.Churned.Select(c => (c.AccountId, c.ChurnedOn, c.ArrLost, c.LastNps, c.LastNpsOn, c.Health)).ToList());
    }

    [Fact]
    public void A_churn_without_an_earlier_answer_has_no_last_nps()
    {
        var report = outcomes.Build(new RevenueScope(), new DateRange(new DateOnly(2025, 1, 1), new DateOnly(2025, 12, 31)), TimeGranularity.Quarter, LateOctober);

        // R5 left on 1 June 2025 (500); its only answer is of February 2026.
        Assert.Equal([("R5", 500.0, (int?)null, (DateOnly?)null)], report.Churned.Select(c => (c.AccountId, c.ArrLost, c.LastNps, c.LastNpsOn)).ToList());
    }

    [Fact]
    public void Of_answers_at_the_same_last_instant_the_lowest_response_id_is_the_last_nps()
    {
        using (var local = Fixture.Database.Connect())
        {
            local.Execute("INSERT INTO fact_survey_response (response_id, account_id, survey_type, score, responded_at) VALUES ('N00', 'R4', 'nps', 9, '2026-02-20 09:00'), ('N99', 'R4', 'nps', 5, '2026-02-20 09:00')");
        }
        TestEngines.Publish(Fixture.Database);

        var report = outcomes.Build(new RevenueScope(["R4"]), new DateRange(new DateOnly(2026, 6, 1), new DateOnly(2026, 6, 30)), TimeGranularity.Quarter, LateOctober);

        // N00, N10 (0) and N99 were all given at 09:00 on 20 February: N00's 9.
        Assert.Equal([("R4", (int?)9, (DateOnly?)new DateOnly(2026, 2, 20))], report.Churned.Select(c => (c.AccountId, c.LastNps, c.LastNpsOn)).ToList());
    }

    public void Dispose() => Fixture.Dispose();
}

public sealed class RevenueOutcomesTestsOnDuckDb() : RevenueOutcomesTests(TestEngine.DuckDb);

public sealed class RevenueOutcomesTestsOnClickHouse() : RevenueOutcomesTests(TestEngine.ClickHouse)
{
    [Fact]
    public void The_report_reads_the_warehouse_not_the_local_file()
    {
        using (var local = Fixture.Database.Connect())
        {
            local.Execute("DELETE FROM fact_revenue_movement; DELETE FROM fact_survey_response;");
        }

        var report = Outcomes.Build(new RevenueScope(), new DateRange(new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30)), TimeGranularity.Quarter, LateOctober);

        // The published rows, January to June: 6100 at the start; new R3 5000; up R3 1000, R4's renewal 300 and R1's
        // 300 of 1 April; down R1's renewal 200; churn R2 2000 and R4 3300; reactivation R2 1500. End: R1 1200, R2 1500,
        // R3 6000 = 8700. The churned accounts with their last NPS before leaving, and a KPI, as in the tests above.
        Assert.Equal(new ArrBridge(6100, 5000, 1600, 200, 5300, 1500, 8700), report.Bridge);
        Assert.Equal(
            [("R4", 3300.0, (int?)0), ("R2", 2000.0, 2)],
            report.Churned.Select(c => (c.AccountId, c.ArrLost, c.LastNps)).ToList());
        Assert.Equal(50.0, report.Kpis["churn_180d_after_passive"].Value);
    }
}
