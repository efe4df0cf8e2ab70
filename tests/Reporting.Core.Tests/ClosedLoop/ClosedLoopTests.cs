using Reporting.Core.Signals;
using Reporting.DuckDb;
using Reporting.Core.Access;
using Reporting.Core.ClosedLoop;
using Reporting.Core.Kpis;
using Reporting.Core.Periods;
using Reporting.Core.Storage;
using Reporting.Core.Themes;
using Reporting.Core.Tests.Engines;
using Reporting.Core.Tests.Kpis;

namespace Reporting.Core.Tests.ClosedLoop;

/// <summary>
/// The detractor closed loop over kpi_fixture.sql as of 15 April 2026. Detractor answers: R01 R02 R03 R04
/// R05 R06 R07 R09 R11 and R41 (two hours ago); cases K1–K4, K6, K7 for R01–R04, R06, R07. On each engine.
/// </summary>
public abstract class ClosedLoopTests(TestEngine engine) : IDisposable
{
    private protected readonly KpiFixture fixture = new(engine);

    /// <summary>
    /// Answers of the 90 days before 15 April (from 15 January) with a step past due and not done: R04 (contacted after 96 h,
    /// no root cause or plan), R05, R09, R11 (no case), R07 (no plan). R02 R03 R06 did every step, some late.
    /// </summary>
    private protected static readonly string[] Overdue =
    [
        "R04 K4: root_cause 2026-02-04 08:00, action_plan 2026-02-05 08:00",
        "R05 -: first_contact 2026-02-06 09:00, root_cause 2026-02-07 09:00, action_plan 2026-02-08 09:00",
        "R09 -: first_contact 2026-02-26 12:00, root_cause 2026-02-27 12:00, action_plan 2026-02-28 12:00",
        "R07 K7: action_plan 2026-03-04 11:00",
        "R11 -: first_contact 2026-03-21 08:00, root_cause 2026-03-22 08:00, action_plan 2026-03-23 08:00",
    ];

    [Fact]
    public void Every_detractor_answer_gets_a_case_once()
    {
        var opener = new DetractorCaseOpener(fixture.Database, ThemeDictionary.Read(Playbook.DefaultThemesPath));
        long Version()
        {
            using var connection = fixture.Database.Connect();
            return DataVersion.Current(connection);
        }
        var before = Version();

        Assert.Equal(4, opener.OpenMissing());
        Assert.Equal(0, opener.OpenMissing());

        Assert.Equal(before + 1, Version());
        using var connection = fixture.Database.Connect();
        var cases = connection.Query("""
            SELECT case_id || ' ' || response_id || ' ' || owner || ' ' || strftime(opened_at, '%Y-%m-%d %H:%M') || ' ' || coalesce(category, '-') AS c
            FROM fact_detractor_case WHERE case_id LIKE 'AUTO-%' ORDER BY case_id
            """).Column<string>("c").Values.ToArray();
        // Opened at the answer, owned by the account's CSM (A3 Kim, A1 Kim, A2 Lee); no comments, so no category.
        Assert.Equal(
            ["AUTO-R05 R05 Kim 2026-02-05 09:00 -", "AUTO-R09 R09 Kim 2026-02-25 12:00 -", "AUTO-R11 R11 Kim 2026-03-20 08:00 -",
             $"AUTO-R41 R41 Lee {connection.Query("SELECT strftime(responded_at, '%Y-%m-%d %H:%M') FROM fact_survey_response WHERE response_id = 'R41'").Scalar()} -"],
            cases);
    }

    [Fact]
    public void Each_opening_is_recorded_as_a_run_of_the_named_job()
    {
        var opener = new DetractorCaseOpener(fixture.Database, ThemeDictionary.Read(Playbook.DefaultThemesPath), new ReportingClock(new StoppedClock()));

        var first = opener.Run();
        var second = opener.Run();

        using var connection = fixture.Database.Connect();
        var at = StoppedClock.At.UtcDateTime;
        Assert.Equal(new JobRun("open-detractor-cases", at, at, 4, second.DataVersion), first);
        Assert.Equal(first with { Affected = 0 }, second);
        Assert.Equal([second], JobRuns.Latest(connection));
        Assert.Equal(2L, connection.Query("SELECT count(*) FROM job_run").Scalar());
    }

    [Fact]
    public void A_commented_detractor_case_takes_the_category_of_its_first_theme()
    {
        using (var connection = fixture.Database.Connect())
        {
            connection.Execute("UPDATE fact_survey_response SET comment = 'The outage cost us a day, and we had to chase support' WHERE response_id = 'R05'");
        }
        new DetractorCaseOpener(fixture.Database, ThemeDictionary.Read(Playbook.DefaultThemesPath)).OpenMissing();

        using var check = fixture.Database.Connect();
        // chasing (collaboration) comes before outage (technical performance) in reports/themes.yaml.
        Assert.Equal("collaboration", check.Query("SELECT category FROM fact_detractor_case WHERE case_id = 'AUTO-R05'").Scalar());
    }

    [Fact]
    public void Compliance_recovery_by_bucket_overdue_steps_and_follow_ups()
    {
        CloseK1AndK6();
        var report = new ClosedLoopReport(fixture.Engine.Query, fixture.Database).Summarize(new KpiFilter(), KpiFixture.Today);

        // As KpiWholeSetTests: 4 / 9 contacted within 24 h, 2 / 9 root causes within 48 h, 3 / 9 plans within 72 h (R41 not due).
        Assert.Equal(
            (new KpiValue(44.4, 9, true), new KpiValue(22.2, 9, true), new KpiValue(33.3, 9, true), 10L, 6L),
            (report.Compliance.Contact, report.Compliance.RootCause, report.Compliance.ActionPlan, report.Compliance.Detractors, report.Compliance.WithCase));
        Assert.Equal(new KpiValue(60.0, 5, true), report.RecoveryRate);
        // Followed up (next answer 30–90 days later): R01 (.58 h → 9) and R06 (.5 h → 10) within 1 h; R02 (22 h → 6);
        // R04 (96 h → 5); R05 (no case → 7). R03's next answer came after 21 days; R07 R09 R11 R41 have none.
        Assert.Equal(["within 1h 100 (2)", "1-24h 0 (1)", "24-72h none (0)", "over 72h 0 (1)", "no contact 100 (1)"],
            report.RecoveryByFirstContact.Select(b => $"{b.Bucket} {Signals.ScenarioFixture.Number(b.Rate)} ({b.FollowedUp})"));
        Assert.Equal(Overdue, Lines(report.Overdue));
        Assert.Equal([("K1", new DateOnly(2026, 4, 4), true)], report.FollowUps.Select(f => (f.CaseId, f.Due, f.Overdue)));
    }

    [Fact]
    public void One_account_only()
    {
        var report = new ClosedLoopReport(fixture.Engine.Query, fixture.Database).Summarize(new KpiFilter(Account: "A4"), KpiFixture.Today);

        // A4's detractors R06 (.5 h, 19 h, 43 h: every step in time) and R07 (contact 22 h, root cause 70 h, no plan).
        Assert.Equal((2L, 100.0, 50.0, 50.0), (report.Compliance.Detractors, report.Compliance.Contact.Value!.Value, report.Compliance.RootCause.Value!.Value, report.Compliance.ActionPlan.Value!.Value));
        Assert.Equal(["R07"], report.Overdue.Select(o => o.ResponseId));
    }

    [Fact]
    public void A_reader_of_one_account_sees_only_its_overdue_answers_and_follow_ups()
    {
        CloseK1AndK6();
        using var _ = AccessScope.Enter(AccessScope.ForAccounts(["A1"]));

        var report = new ClosedLoopReport(fixture.Engine.Query, fixture.Database).Summarize(new KpiFilter(), KpiFixture.Today);

        // A1's detractors since 15 January: R02 (K2, every step done) and R09 (no case); K1 is A1's case (R01).
        Assert.Equal([Overdue[2]], Lines(report.Overdue));
        Assert.Equal(["K1"], report.FollowUps.Select(f => f.CaseId));
    }

    /// <summary>
    /// K1 (R01, C11) closed on 5 March: follow-up due 4 April, C11 has not answered since. K6 (R06, C41) closed on
    /// 1 March: due 31 March, but C41 answered R13 on 10 March, so nothing is due.
    /// </summary>
    private protected void CloseK1AndK6()
    {
        using (var connection = fixture.Database.Connect())
        {
            connection.Execute("UPDATE fact_detractor_case SET closed_at = TIMESTAMP '2026-03-05 10:00' WHERE case_id = 'K1'");
            connection.Execute("UPDATE fact_detractor_case SET closed_at = TIMESTAMP '2026-03-01 08:00' WHERE case_id = 'K6'");
        }
        TestEngines.Publish(fixture.Database);
    }

    private protected static IEnumerable<string> Lines(IEnumerable<OverdueDetractor> overdue) =>
        overdue.Select(o => $"{o.ResponseId} {o.CaseId ?? "-"}: {string.Join(", ", o.Steps.Select(s => $"{s.Step} {s.Due:yyyy-MM-dd HH:mm}"))}");

    private sealed class StoppedClock : TimeProvider
    {
        public static readonly DateTimeOffset At = new(2026, 4, 15, 9, 30, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => At;
    }

    public void Dispose() => fixture.Dispose();
}

public sealed class ClosedLoopTestsOnDuckDb() : ClosedLoopTests(TestEngine.DuckDb);

public sealed class ClosedLoopTestsOnClickHouse() : ClosedLoopTests(TestEngine.ClickHouse)
{
    [Fact]
    public void Overdue_answers_and_follow_ups_come_from_the_warehouse_not_the_local_file()
    {
        CloseK1AndK6();
        using (var connection = fixture.Database.Connect())
        {
            connection.Execute("DELETE FROM fact_detractor_case; DELETE FROM fact_survey_response; DELETE FROM dim_account");
        }

        var report = new ClosedLoopReport(fixture.Engine.Query, fixture.Database).Summarize(new KpiFilter(), KpiFixture.Today);

        Assert.Equal(Overdue, Lines(report.Overdue));
        Assert.Equal([("K1", new DateOnly(2026, 4, 4), true)], report.FollowUps.Select(f => (f.CaseId, f.Due, f.Overdue)));
    }
}
