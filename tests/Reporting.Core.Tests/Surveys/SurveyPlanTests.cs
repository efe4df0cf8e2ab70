using Reporting.DuckDb;
using System.Text.Json;
using Reporting.Core.Surveys;
using Reporting.Core.Tests.Engines;

namespace Reporting.Core.Tests.Surveys;

/// <summary>The May 2026 plan of the fixture (cohort 2 of 3), worked out by hand, and the plan's stability, on each engine.</summary>
public abstract class SurveyPlanTests(TestEngine engine) : IDisposable
{
    private protected readonly SurveyFixture fixture = new(engine);

    /// <summary>May's sends, "day contact type kind trigger: reason".</summary>
    private protected static readonly string[] MaySends =
    [
        // Slot 1, last survey P01 on 5 January (eligible from 5 April).
        "2026-05-01 B1-C3 nps relational quarterly: relational cohort 2 of 3: every active contact once every 3 months",
        // B3 was onboarded on 1 April: day 30 is 1 May, for its champion and its admin (not its user).
        "2026-05-01 B3-C1 nps transactional post_onboarding: onboarded on 2026-04-01: survey on day 30",
        "2026-05-01 B3-C4 nps transactional post_onboarding: onboarded on 2026-04-01: survey on day 30",
        // B1 renews on 5 July: 60 days before is 6 May, for its executive and its champion.
        "2026-05-06 B1-C1 nps transactional pre_renewal: renews on 2026-07-05: survey 60 days before",
        "2026-05-06 B1-C2 nps transactional pre_renewal: renews on 2026-07-05: survey 60 days before",
        // Slot 1, but P05 went on 10 February: 90 days later is 11 May.
        "2026-05-11 B2-C2 nps relational quarterly: relational cohort 2 of 3: every active contact once every 3 months; "
            + "not before 2026-05-11, 90 days after the survey of 2026-02-10 (P05)",
        // TK1 solved on 12 May, exactly 90 days after P12 (11 February): the 90th day is free.
        "2026-05-12 B4-C1 nps transactional post_support: critical ticket TK1 solved on 2026-05-12",
    ];

    [Fact]
    public void May_sends_one_survey_per_contact_each_within_the_cap_and_says_why()
    {
        var plan = fixture.Plan(SurveyFixture.May);

        Assert.Equal(("2026-05", 33.3, 3, 2, 90), (plan.Month, plan.CohortShare, plan.CycleMonths, plan.Cohort, plan.CapDays));
        Assert.Equal(MaySends, Sends(plan));
    }

    [Fact]
    public void May_holds_back_what_the_cap_blocks_with_the_day_the_contact_becomes_eligible()
    {
        var plan = fixture.Plan(SurveyFixture.May);

        Assert.Equal(
        [
            // B1-C2 gets the pre-renewal survey on 6 May: nothing else until 4 August.
            "B1-C2 quarterly due 2026-05-01 eligible 2026-08-04 blocked by - pre_renewal 2026-05-06",
            // B2-C1 (executive) would block B2's pre-renewal survey on 11 June with a relational one in May.
            "B2-C1 quarterly due 2026-05-01 eligible 2026-06-11 blocked by - pre_renewal 2026-06-11",
            // B2-C3 had P06 on 20 March: 90 days later is 18 June, after May.
            "B2-C3 quarterly due 2026-05-01 eligible 2026-06-18 blocked by P06 post_support 2026-03-20",
            // B4-C1's post-support survey (TK1, 12 May) goes first; its relational survey and TK2's wait until 10 August.
            "B4-C1 quarterly due 2026-05-01 eligible 2026-08-10 blocked by - post_support 2026-05-12",
            // B4-C2's last survey P11 on 1 April: the post-support survey for TK3 waits until 30 June.
            "B4-C2 post_support due 2026-05-03 eligible 2026-06-30 blocked by P11 post_support 2026-04-01",
            "B4-C1 post_support due 2026-05-20 eligible 2026-08-10 blocked by - post_support 2026-05-12",
        ], plan.HeldBack.Select(h =>
            $"{h.ContactId} {h.Trigger} due {h.DueOn:yyyy-MM-dd} eligible {h.EligibleOn:yyyy-MM-dd} blocked by {h.BlockingSendId ?? "-"} {h.BlockingTrigger} {h.BlockingSentOn:yyyy-MM-dd}"));
        Assert.Equal(["TK2"], plan.HeldBack.Where(h => h.TicketId is not null && h.ContactId == "B4-C1").Select(h => h.TicketId));
        Assert.Equal(
            "relational cohort 2 of 3: every active contact once every 3 months; held back: surveyed on 2026-03-20 (P06): no survey within 90 days",
            plan.HeldBack.Single(h => h.ContactId == "B2-C3").Reason);
        Assert.Equal(
            "relational cohort 2 of 3: every active contact once every 3 months; held back: kept free for the pre_renewal survey due on 2026-06-11: no survey within 90 days before it",
            plan.HeldBack.Single(h => h.ContactId == "B2-C1").Reason);
    }

    [Fact]
    public void Rows_carry_the_contact_and_the_account()
    {
        var send = fixture.Plan(SurveyFixture.May).Sends.Single(s => s.ContactId == "B1-C1");

        Assert.Equal(("Ada", "executive", "B1", "Birch", "SMB", "Kim", (string?)null), (send.ContactName, send.Role, send.AccountId, send.AccountName, send.Segment, send.Csm, send.TicketId));
    }

    [Fact]
    public void The_same_month_gives_the_same_plan_even_after_the_months_own_sends_are_loaded()
    {
        var first = JsonSerializer.Serialize(fixture.Plan(SurveyFixture.May));
        // The plan is carried out: later sends do not change what the month should have held.
        fixture.Change("INSERT INTO fact_survey_send (send_id, account_id, contact_id, survey_type, sent_at) VALUES ('M1', 'B1', 'B1-C3', 'nps', TIMESTAMP '2026-05-01 10:00')");

        Assert.Equal(first, JsonSerializer.Serialize(fixture.Plan(SurveyFixture.May)));
    }

    [Fact]
    public void Across_three_consecutive_months_every_active_contact_is_offered_one_relational_survey()
    {
        var months = new[] { new DateOnly(2026, 4, 1), SurveyFixture.May, new DateOnly(2026, 6, 1) };

        var offered = months.SelectMany(m => RelationalOffers(fixture.Plan(m))).ToList();

        // Active: the contacts of B1, B2 and B4; B3 is not 90 days old before 30 June.
        Assert.Equal(
            ["B1-C1", "B1-C2", "B1-C3", "B1-C4", "B2-C1", "B2-C2", "B2-C3", "B4-C1", "B4-C2", "B4-C3", "B4-C4"],
            offered.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_25_percent_cohort_offers_each_active_contact_one_relational_survey_in_four_months()
    {
        var months = Enumerable.Range(0, 4).Select(i => new DateOnly(2026, 1 + i, 1)).ToList();

        var plans = months.Select(m => fixture.Plan(m, cohortShare: 25)).ToList();

        Assert.All(plans, p => Assert.Equal((25.0, 4), (p.CohortShare, p.CycleMonths)));
        Assert.Equal(
            ["B1-C1", "B1-C2", "B1-C3", "B1-C4", "B2-C1", "B2-C2", "B2-C3", "B4-C1", "B4-C2", "B4-C3", "B4-C4"],
            plans.SelectMany(RelationalOffers).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(null, null, "month: is required (YYYY-MM)")]
    [InlineData("2026-13", null, "month: '2026-13' is not a month (YYYY-MM)")]
    [InlineData("May", null, "month: 'May' is not a month (YYYY-MM)")]
    [InlineData("2026-05", "many", "cohort-share: 'many' is not a number")]
    [InlineData("2026-05", "0", "cohort-share: 0 is not a percent above 0 and at most 100")]
    [InlineData("2026-05", "120", "cohort-share: 120 is not a percent above 0 and at most 100")]
    public void A_bad_request_names_its_parameter(string? month, string? share, string message) =>
        Assert.Equal(message, Assert.Throws<SurveyPlanException>(() => SurveyPlanRequest.Parse(month, share)).Message);

    private protected static IEnumerable<string> Sends(SurveyPlan plan) =>
        plan.Sends.Select(s => $"{s.SendOn:yyyy-MM-dd} {s.ContactId} {s.SurveyType} {s.SurveyKind} {s.Trigger}: {s.Reason}");

    /// <summary>Contacts a month's cohort offers a relational survey: sent, or held back by the cap.</summary>
    private static IEnumerable<string> RelationalOffers(SurveyPlan plan) =>
        plan.Sends.Where(s => s.SurveyKind == "relational").Select(s => s.ContactId)
            .Concat(plan.HeldBack.Where(h => h.SurveyKind == "relational").Select(h => h.ContactId));

    public void Dispose() => fixture.Dispose();
}

public sealed class SurveyPlanTestsOnDuckDb() : SurveyPlanTests(TestEngine.DuckDb);

public sealed class SurveyPlanTestsOnClickHouse() : SurveyPlanTests(TestEngine.ClickHouse)
{
    [Fact]
    public void The_plan_reads_the_warehouse_not_the_local_file()
    {
        using (var connection = fixture.Database.Connect())
        {
            // Left only in the warehouse: the contacts, their sends and tickets; the file's rules say a 30-day cap.
            connection.Execute("DELETE FROM dim_contact; DELETE FROM fact_survey_send; DELETE FROM fact_ticket; UPDATE dim_survey_program SET cap_days = 30");
        }

        var plan = fixture.Plan(SurveyFixture.May);

        Assert.Equal((90, 6), (plan.CapDays, plan.HeldBack.Count));
        Assert.Equal(MaySends, Sends(plan));
    }
}
