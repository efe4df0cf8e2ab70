using Reporting.DuckDb;
using Reporting.Core.Kpis;
using Reporting.Core.Tests.Engines;

namespace Reporting.Core.Tests.Surveys;

/// <summary>
/// "Now" decides which non-responders are judged, as for the SLA: a send is a non-responder once 7
/// days pass without an answer, and its follow-up is judged once done or once 14 days have passed. On each engine.
/// </summary>
public abstract class NonResponderTimingTests(TestEngine engine) : IDisposable
{
    private readonly SurveyFixture fixture = new(engine);

    [Fact]
    public void Only_non_responders_whose_follow_up_is_done_or_overdue_count()
    {
        fixture.Change("""
            INSERT INTO fact_survey_send (send_id, account_id, contact_id, survey_type, sent_at, followed_up_at)
            SELECT id, 'B3', contact, 'nps', now_utc - to_days(age), CASE WHEN followed IS NOT NULL THEN now_utc - to_days(followed) END
            FROM (SELECT date_trunc('second', now() AT TIME ZONE 'UTC') AS now_utc) AS n, (VALUES
                ('N1', 'B3-C1', 3,  NULL),   -- three days old: not a non-responder yet
                ('N2', 'B3-C2', 10, NULL),   -- ten days old, not followed up: still has until day 14
                ('N3', 'B3-C4', 10, 2),      -- ten days old, followed up on day 8: judged, on time
                ('N4', 'B1-C3', 20, NULL)    -- twenty days old, never followed up: judged, late
            ) AS s(id, contact, age, followed)
            """);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        var kpis = fixture.Kpis(new KpiFilter(From: today.AddDays(-30), To: today));

        Assert.Contains("nonresponder_followup_rate = 50 (2)", kpis);
    }

    public void Dispose() => fixture.Dispose();
}

public sealed class NonResponderTimingTestsOnDuckDb() : NonResponderTimingTests(TestEngine.DuckDb);

public sealed class NonResponderTimingTestsOnClickHouse() : NonResponderTimingTests(TestEngine.ClickHouse);
