using Reporting.Core.Cube.Model;
using Reporting.Core.Cube.Querying;
using Reporting.Core.Kpis;
using Reporting.Core.Tests.Engines;

namespace Reporting.Core.Tests.Surveys;

/// <summary>The survey program's KPIs over the fixture, and the breakdowns the survey program page charts, by hand, on each engine.</summary>
public abstract class SurveyKpiTests(TestEngine engine) : IDisposable
{
    private readonly SurveyFixture fixture = new(engine);

    [Fact]
    public void Every_survey_kpi_over_everything()
    {
        Assert.Equal(
        [
            // 12 sends; answered P01 P03 P04 P06 P09 P11 P12 → 7 / 12 = 58.33.
            "survey_response_rate = 58.3 (12)",  // B4-C4 (P09) and B4-C2 (P11) of the 10 contacts sent a survey.
            "survey_fatigue_violations = 2 (10)",  // Not answered within 7 days: P02, P04 (answered on day 10), P05, P07, P08, P10. Followed up by day 14:
            // P02 (day 8), P04 (day 8), P08 (day 7 exactly), P10 (day 5, before it was due); P05 on day 18 is late, P07 never → 4 / 6.
            "nonresponder_followup_rate = 66.7 (6)",  // The sends span January to April: B1, B2 and B4 each month (B3 is not 90 days old before 30 June) = 12.
            // A relational answer in the six months to each month's end: B1 from January (R01), B4 from February (R07),
            // B2 never (R04 is transactional) → 4 + 3 = 7 / 12 = 58.33.
            "survey_coverage = 58.3 (12)",  // An executive or champion answer: B1 from January (R02, B1-C1), B4 from March (R05, B4-C4's CSAT) → 4 + 2 = 6 / 12.
            "survey_key_stakeholder_coverage = 50 (12)",
        ], fixture.Kpis(new KpiFilter()));
    }

    [Fact]
    public void Every_survey_kpi_for_one_segment_and_dates()
    {
        Assert.Equal(
        [
            // SMB (B1, B4) sent 1 February to 30 April: P04 P10 P12 P09 P11, answered P04 P12 P09 P11 → 4 / 5.
            "survey_response_rate = 80 (5)",  // Contacts sent: B1-C2, B4-C2, B4-C1, B4-C4; over the cap: B4-C4 (P09), B4-C2 (P11).
            "survey_fatigue_violations = 2 (4)",  // Non-responders: P04 (followed up day 8), P10 (day 5) → 2 / 2.
            "nonresponder_followup_rate = 100 (2)",  // February to April: B1 3 covered, B4 3 covered → 6 / 6; key stakeholders B1 3, B4 March and April → 5 / 6.
            "survey_coverage = 100 (6)",
            "survey_key_stakeholder_coverage = 83.3 (6)",
        ], fixture.Kpis(new KpiFilter(Segment: "SMB", From: new DateOnly(2026, 2, 1), To: new DateOnly(2026, 4, 30))));
    }

    [Fact]
    public void Response_rate_by_kind_trigger_segment_and_month()
    {
        Assert.Equal(
        [
            "relational|quarterly|9|4|44.4",  // P01 P02 P03 P04 P05 P07 P08 P10 P12; answered P01 P03 P04 P12
            "transactional|post_support|3|3|100",  // P06 P09 P11
        ], fixture.Rows(new CubeQuery
        {
            Measures = ["survey_sends.sends", "survey_sends.answered_sends", "survey_sends.response_rate"],
            Dimensions = ["survey_sends.survey_kind", "survey_sends.trigger"],
        }));
        Assert.Equal(
        [
            "Enterprise|3|33.3",  // B2: P05 P06 P07, answered P06
            "SMB|9|66.7",  // B1 P01–P04 (3 answered), B4 P08–P12 (3 answered)
        ], fixture.Rows(new CubeQuery { Measures = ["survey_sends.sends", "survey_sends.response_rate"], Dimensions = ["survey_sends.segment"] }));
        Assert.Equal(
        [
            "2026-01-01|5|40",  // P01 P02 P03 P07 P08; answered P01 P03
            "2026-02-01|4|50",  // P04 P05 P10 P12; answered P04 P12
            "2026-03-01|2|100",  // P06 P09
            "2026-04-01|1|100",  // P11
        ], fixture.Rows(new CubeQuery
        {
            Measures = ["survey_sends.sends", "survey_sends.response_rate"],
            TimeDimension = new TimeDimensionQuery("survey_sends.sent_at", TimeGranularity.Month, new DateRange(new DateOnly(2026, 1, 1), new DateOnly(2026, 4, 30))),
        }));
    }

    [Fact]
    public void Fatigue_violations_by_month()
    {
        Assert.Equal(
            ["2026-01-01|0|0", "2026-02-01|0|0", "2026-03-01|1|1", "2026-04-01|1|1"],
            fixture.Rows(new CubeQuery
            {
                Measures = ["survey_sends.fatigue_violations", "survey_sends.cap_violations"],
                TimeDimension = new TimeDimensionQuery("survey_sends.sent_at", TimeGranularity.Month, new DateRange(new DateOnly(2026, 1, 1), new DateOnly(2026, 4, 30))),
            }));
    }

    [Fact]
    public void Coverage_by_segment_and_by_month()
    {
        Assert.Equal(
        [
            "Enterprise|4|0|0",  // B2: no relational answer, no executive or champion answer
            "SMB|8|87.5|75",  // B1 4 and 4; B4 3 (from February) and 2 (from March)
        ], fixture.Rows(new CubeQuery
        {
            Measures = ["survey_coverage.account_months", "survey_coverage.coverage", "survey_coverage.key_stakeholder_coverage"],
            Dimensions = ["survey_coverage.segment"],
        }));
        Assert.Equal(
        [
            "2026-01-01|3|33.3|33.3", // B1 only
            "2026-02-01|3|66.7|33.3",  // B1, B4 (R07); key: B1
            "2026-03-01|3|66.7|66.7",  // key: B1, B4 (R05)
            "2026-04-01|3|66.7|66.7",
        ], fixture.Rows(new CubeQuery
        {
            Measures = ["survey_coverage.account_months", "survey_coverage.coverage", "survey_coverage.key_stakeholder_coverage"],
            TimeDimension = new TimeDimensionQuery("survey_coverage.month", TimeGranularity.Month, new DateRange(new DateOnly(2026, 1, 1), new DateOnly(2026, 4, 30))),
        }));
    }

    public void Dispose() => fixture.Dispose();
}

public sealed class SurveyKpiTestsOnDuckDb() : SurveyKpiTests(TestEngine.DuckDb);

public sealed class SurveyKpiTestsOnClickHouse() : SurveyKpiTests(TestEngine.ClickHouse);
