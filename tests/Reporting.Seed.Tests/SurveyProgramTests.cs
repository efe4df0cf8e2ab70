namespace Reporting.Seed.Tests;

/// <summary>
/// The demo's survey program at the default size (200 accounts × 18 months): sends with plausible
/// response rates, a few contacts surveyed twice within the 90-day cap, non-responders mostly followed
/// up, and the silent story visible in the response rate. Read through the views the KPIs use.
/// </summary>
public sealed class SurveyProgramTests(DefaultSeedFixture fixture) : IClassFixture<DefaultSeedFixture>
{
    private readonly SeededDatabase seeded = fixture.Seeded;

    [Fact]
    public void Every_trigger_of_the_cadence_sends_surveys()
    {
        Assert.InRange(seeded.Count("SELECT count(*) FROM fact_survey_send"), 3_000, 10_000);
        foreach (var trigger in new[] { "quarterly", "pre_renewal", "post_onboarding", "post_support" })
        {
            Assert.True(seeded.Count("SELECT count(*) FROM fact_survey_send WHERE trigger = $1", trigger) >= 10, $"few {trigger} sends");
        }
    }

    [Fact]
    public void Response_rates_are_plausible_for_named_b2b_contacts()
    {
        Assert.InRange(ResponseRate("true"), 0.45, 0.75);
        Assert.InRange(ResponseRate("survey_kind = 'relational'"), 0.45, 0.75);
        Assert.InRange(ResponseRate("survey_kind = 'transactional'"), 0.35, 0.85);
        // Champions answer more readily than end users.
        Assert.True(ResponseRate("contact_id IN (SELECT contact_id FROM dim_contact WHERE role = 'champion')")
            >= ResponseRate("contact_id IN (SELECT contact_id FROM dim_contact WHERE role = 'user')") + 0.15);
    }

    [Fact]
    public void Silent_disengage_stops_answering()
    {
        var silent = "account_id IN (SELECT account_id FROM test_archetype WHERE archetype = 'SilentDisengage')";
        var early = ResponseRate($"{silent} AND datediff('month', $1, sent_at) BETWEEN 0 AND 5", seeded.WindowStart);
        var late = ResponseRate($"{silent} AND datediff('month', $1, sent_at) BETWEEN 15 AND 17", seeded.WindowStart);

        Assert.True(late <= early - 0.15, $"response rate {late:P0} late against {early:P0} early");
    }

    [Fact]
    public void A_few_contacts_are_surveyed_twice_within_the_cap()
    {
        var contacts = seeded.Count("SELECT count(DISTINCT contact_id) FROM survey_send_outcomes");
        var violating = seeded.Count("SELECT count(DISTINCT contact_id) FROM survey_send_outcomes WHERE cap_violation");

        Assert.InRange(violating, 1, contacts / 20);
    }

    [Fact]
    public void Most_non_responders_are_followed_up_within_a_week_of_becoming_one()
    {
        var due = seeded.Count("SELECT count(*) FROM survey_send_outcomes WHERE followup_due");
        var onTime = seeded.Count("SELECT count(*) FROM survey_send_outcomes WHERE followup_due AND followed_up_in_time");

        Assert.True(due >= 500, $"only {due} non-responders");
        Assert.InRange(onTime / (double)due, 0.6, 0.9);
    }

    [Fact]
    public void Most_active_accounts_are_covered_by_relational_answers()
    {
        // Past the first six months, so that answers from before the window are not missing.
        var coverage = seeded.Number("SELECT avg(covered::INT) FROM survey_coverage_months WHERE month >= $1::TIMESTAMP + INTERVAL 6 MONTH", seeded.WindowStart);

        Assert.InRange(coverage, 0.85, 1.0);
    }

    private double ResponseRate(string condition, params object?[] parameters) =>
        seeded.Number($"SELECT avg((response_id IS NOT NULL)::INT) FROM survey_send_outcomes WHERE {condition}", parameters);
}
