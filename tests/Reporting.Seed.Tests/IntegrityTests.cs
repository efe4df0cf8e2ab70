using Reporting.DuckDb;

namespace Reporting.Seed.Tests;

/// <summary>References the schema cannot enforce (it has no foreign keys on purpose) and rules the CHECKs do not cover.</summary>
public sealed class IntegrityTests(SmallSeedFixture fixture) : IClassFixture<SmallSeedFixture>
{
    private readonly SeededDatabase seeded = fixture.Seeded;

    [Theory]
    [InlineData("dim_contact")]
    [InlineData("fact_ticket")]
    [InlineData("fact_survey_response")]
    [InlineData("fact_engagement")]
    [InlineData("fact_meeting")]
    [InlineData("fact_feature_request")]
    [InlineData("fact_survey_send")]
    [InlineData("fact_revenue_movement")]
    public void Every_account_id_exists_in_dim_account(string table) =>
        Assert.Equal(0, seeded.Count($"SELECT count(*) FROM {table} f ANTI JOIN dim_account a USING (account_id)"));

    [Theory]
    [InlineData("fact_ticket")]
    [InlineData("fact_survey_response")]
    [InlineData("fact_feature_request")]
    [InlineData("fact_survey_send")]
    public void Every_contact_id_resolves_to_a_contact_of_the_same_account(string table) =>
        Assert.Equal(0, seeded.Count(
            $"SELECT count(*) FROM {table} f WHERE contact_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM dim_contact c WHERE c.contact_id = f.contact_id AND c.account_id = f.account_id)"));

    [Fact]
    public void Post_support_surveys_point_at_a_solved_ticket_of_the_same_account()
    {
        Assert.True(seeded.Count("SELECT count(*) FROM fact_survey_response WHERE survey_type = 'csat'") > 50);
        Assert.Equal(0, seeded.Count("""
            SELECT count(*) FROM fact_survey_response r
            WHERE r.survey_type IN ('csat', 'ces') AND NOT EXISTS (
                SELECT 1 FROM fact_ticket t WHERE t.ticket_id = r.ticket_id AND t.account_id = r.account_id AND t.solved_at <= r.sent_at)
            """));
        Assert.Equal(0, seeded.Count("SELECT count(*) FROM fact_survey_response WHERE survey_type = 'csat' AND (trigger <> 'post_support' OR survey_kind <> 'transactional')"));
    }

    [Fact]
    public void A_response_naming_a_send_answers_that_send_of_its_contact_and_type_after_it_went()
    {
        Assert.True(seeded.Count("SELECT count(*) FROM fact_survey_response WHERE send_id IS NOT NULL") > 50);
        Assert.Equal(0, seeded.Count("""
            SELECT count(*) FROM fact_survey_response r LEFT JOIN fact_survey_send s USING (send_id)
            WHERE r.send_id IS NOT NULL AND (s.send_id IS NULL OR s.contact_id <> r.contact_id OR s.survey_type <> r.survey_type
                OR s.sent_at <> r.sent_at OR r.responded_at < s.sent_at OR s.trigger IS DISTINCT FROM r.trigger)
            """));
        Assert.Equal(0, seeded.Count("SELECT count(*) FROM (SELECT send_id FROM fact_survey_response WHERE send_id IS NOT NULL GROUP BY ALL HAVING count(*) > 1)"));
    }

    [Fact]
    public void Sends_stay_in_the_window_and_follow_ups_come_after_a_week_without_an_answer()
    {
        var end = SeededDatabase.AsOf.ToDateTime(TimeOnly.MinValue);
        Assert.Equal(0, seeded.Count("SELECT count(*) FROM fact_survey_send WHERE sent_at < $1 OR sent_at >= $2 OR followed_up_at >= $2", seeded.WindowStart, end));
        Assert.Equal(0, seeded.Count("""
            SELECT count(*) FROM survey_send_outcomes
            WHERE followed_up_at IS NOT NULL AND (followed_up_at < sent_at + INTERVAL 7 DAY OR responded_at <= sent_at + INTERVAL 7 DAY OR followed_up_at >= responded_at)
            """));
    }

    [Fact]
    public void Every_case_belongs_to_a_detractor_nps_response_and_its_steps_are_in_order()
    {
        Assert.Equal(0, seeded.Count("""
            SELECT count(*) FROM fact_detractor_case c LEFT JOIN fact_survey_response r USING (response_id)
            WHERE r.response_id IS NULL OR r.survey_type <> 'nps' OR r.score > 6 OR c.opened_at < r.responded_at
            """));
        Assert.Equal(0, seeded.Count("""
            SELECT count(*) FROM fact_detractor_case
            WHERE first_contact_at < opened_at OR root_cause_at < first_contact_at OR action_plan_at < root_cause_at OR closed_at < action_plan_at
               OR (first_contact_at IS NULL AND root_cause_at IS NOT NULL) OR (closed_at IS NULL) <> (outcome IS NULL)
            """));
        Assert.Equal(0, seeded.Count("SELECT count(*) FROM (SELECT response_id FROM fact_detractor_case GROUP BY ALL HAVING count(*) > 1)"));
    }

    [Fact]
    public void Most_detractor_answers_get_a_case()
    {
        var detractors = seeded.Count("SELECT count(*) FROM fact_survey_response WHERE survey_type = 'nps' AND score <= 6");
        var cases = seeded.Count("SELECT count(*) FROM fact_detractor_case");
        Assert.InRange(cases / (double)detractors, 0.70, 0.95);
    }

    [Fact]
    public void Surveys_are_sent_before_they_are_answered() =>
        Assert.Equal(0, seeded.Count("SELECT count(*) FROM fact_survey_response WHERE sent_at IS NULL OR sent_at >= responded_at"));

    [Fact]
    public void Every_account_has_an_executive_and_a_champion() =>
        Assert.Equal(0, seeded.Count("""
            SELECT count(*) FROM dim_account a
            WHERE NOT EXISTS (SELECT 1 FROM dim_contact c WHERE c.account_id = a.account_id AND c.role = 'executive')
               OR NOT EXISTS (SELECT 1 FROM dim_contact c WHERE c.account_id = a.account_id AND c.role = 'champion')
            """));

    [Fact]
    public void Account_names_are_unique_and_renewals_fall_in_the_next_twelve_months()
    {
        Assert.Equal(0, seeded.Count("SELECT count(*) FROM (SELECT name FROM dim_account GROUP BY ALL HAVING count(*) > 1)"));
        Assert.Equal(0, seeded.Count("SELECT count(*) FROM dim_account WHERE renewal_on < $1 OR renewal_on > $1 + 366 OR onboarded_on >= renewal_on", SeededDatabase.AsOf));
        Assert.Equal(0, seeded.Count("SELECT count(*) FROM dim_account WHERE arr <= 0 OR clv < arr OR seats < 1 OR csm IS NULL"));
    }

    [Fact]
    public void Tickets_are_consistent_with_their_status()
    {
        // Unanswered tickets are new and unassigned; unsolved ones are not solved or closed; solved ones have both times.
        Assert.Equal(0, seeded.Count("""
            SELECT count(*) FROM fact_ticket
            WHERE (first_response_at IS NULL) <> (status = 'new')
               OR (solved_at IS NULL) <> (status NOT IN ('solved', 'closed'))
               OR (status = 'new' AND (assignee IS NOT NULL OR assignee_stations <> 0))
               OR (status <> 'new' AND (assignee IS NULL OR assignee_stations < 1 OR group_stations < 1))
               OR solved_at < first_response_at
            """));
        Assert.True(seeded.Count("SELECT count(*) FROM fact_ticket WHERE status = 'closed'") > 100);
    }

    [Fact]
    public void Engagement_events_are_logins_or_key_features()
    {
        var features = seeded.Connection.Query("SELECT DISTINCT event FROM fact_engagement WHERE event <> 'login' ORDER BY 1").Column<string>("event").Values.ToArray();
        Assert.Equal(8, features.Length);
        Assert.All(features, f => Assert.StartsWith("feature:", f));
    }

    [Fact]
    public void Some_comments_are_written_in_german_french_or_spanish() =>
        Assert.True(seeded.Count("""
            SELECT count(*) FROM fact_survey_response
            WHERE comment LIKE '%Problem%gelöst%' OR comment LIKE '%Rechnung%' OR comment LIKE '%Vielen Dank%' OR comment LIKE '%vielen Dank%'
               OR comment LIKE '%Preis%' OR comment LIKE '%équipe%' OR comment LIKE '%problème%' OR comment LIKE '%prix%' OR comment LIKE '%facture%'
               OR comment LIKE '%gracias%' OR comment LIKE '%precio%' OR comment LIKE '%problema%' OR comment LIKE '%factura%'
               OR comment LIKE '%Ausfall%' OR comment LIKE '%panne%' OR comment LIKE '%caída%' OR comment LIKE '%Onboarding hat%'
               OR comment LIKE '%warten%' OR comment LIKE '%attendons%' OR comment LIKE '%Esperamos%' OR comment LIKE '%Fehler%' OR comment LIKE '%bug dans%' OR comment LIKE '%error en%'
            """) >= 3);

    /// <summary>The rules a revenue load checks (DATA.md): the seed's movements would load as they are.</summary>
    [Fact]
    public void Arr_movements_keep_the_rules_a_load_checks()
    {
        Assert.True(seeded.Count("SELECT count(DISTINCT account_id) FROM fact_revenue_movement") == seeded.Options.Accounts);
        Assert.Equal(0, seeded.Count("""
            WITH running AS (
                SELECT kind, arr_change,
                       coalesce(sum(arr_change) OVER earlier, 0) AS before,
                       count(*) FILTER (WHERE kind = 'churn') OVER earlier AS churns,
                       count(*) OVER earlier AS movements
                FROM fact_revenue_movement
                WINDOW earlier AS (PARTITION BY account_id ORDER BY effective_on, movement_id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING))
            SELECT count(*) FROM running
            WHERE before + arr_change < 0
               OR (kind IN ('new', 'expansion', 'reactivation') AND arr_change <= 0)
               OR (kind IN ('contraction', 'churn') AND arr_change >= 0)
               OR (kind = 'churn' AND before + arr_change <> 0)
               OR (kind = 'new' AND movements > 0)
               OR (kind = 'reactivation' AND (before <> 0 OR churns = 0))
            """));
    }
}
