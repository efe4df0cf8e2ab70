using Reporting.Core.Kpis;

namespace Reporting.Core.Tests.Kpis;

/// <summary>reports/kpis.yaml loads against the model; a bad entry stops start-up naming the file and the KPI.</summary>
public sealed class KpiCatalogTests : IDisposable
{
    /// <summary>KPIS.md, "Stable ids".</summary>
    public static readonly string[] StableIds =
    [
        "nps", "promoter_share", "passive_share", "detractor_share", "nps_margin", "csat", "ces",
        "survey_response_rate", "frt_median_minutes", "frt_p90_minutes", "ttr_median_hours",
        "ttr_p90_hours", "reopen_rate", "handoffs_per_ticket", "group_handoffs_per_ticket",
        "sla_breach_rate", "sla_near_miss_rate", "aging_p1p2", "logins_per_active_user",
        "active_user_ratio", "feature_adoption", "qbr_attendance", "engagement_index", "health_score",
        "health_recovery_days", "detractor_contact_24h", "detractor_rca_48h", "detractor_plan_72h",
        "detractor_recovery_rate", "revenue_at_risk", "nrr", "grr", "logo_churn_rate", "churned_arr",
        "contraction_arr", "expansion_arr", "new_arr", "churn_180d_after_promoter",
        "churn_180d_after_passive", "churn_180d_after_detractor", "churn_90d_after_detractor",
        "health_churn_auc",
    ];

    /// <summary>Churn by health band (KPIS.md "Revenue outcomes", issue 20), which has no stable ids there.</summary>
    public static readonly string[] HealthBandIds =
        ["churn_180d_health_below_50", "churn_180d_health_50_70", "churn_180d_health_70_85", "churn_180d_health_85_plus"];

    /// <summary>The survey program's health (issue 10), beside the response rate.</summary>
    public static readonly string[] SurveyProgramIds =
        ["survey_fatigue_violations", "nonresponder_followup_rate", "survey_coverage", "survey_key_stakeholder_coverage"];

    private const string Settings = """
        sla:
          P1: { first_response_minutes: 60, resolution_hours: 8 }
          P2: { first_response_minutes: 240, resolution_hours: 24 }
          P3: { first_response_minutes: 480, resolution_hours: 72 }
          P4: { first_response_minutes: 1440, resolution_hours: 168 }
        key_features: [a, b]
        cubes:
          tickets: { time: created_at }
        """;

    private readonly KpiFixture fixture = new();

    [Fact]
    public void The_shipped_catalog_has_its_settings()
    {
        var catalog = fixture.Catalog;

        Assert.Equal(10, catalog.LowSampleBelow);
        Assert.Equal(new SlaTarget(60, 8), catalog.Sla["P1"]);
        Assert.Equal(new SlaTarget(1440, 168), catalog.Sla["P4"]);
        Assert.Equal(8, catalog.KeyFeatures.Count);
        Assert.Equal(new KpiCubePeriod("occurred_at", WholeMonths: true), catalog.Cubes["engagement"]);
        var nps = catalog.Kpi("nps")!;
        Assert.Equal(("surveys.nps", KpiUnit.Score, KpiDirection.Up, 1), (nps.Measure, nps.Unit, nps.Direction, nps.Decimals));
    }

    [Theory]
    [InlineData("measure: tickets.speed", "t.yaml: KPI 'x': measure 'tickets.speed' is not a measure of the model")]
    [InlineData("measure: meetings.qbr_attendance", "t.yaml: KPI 'x': cube 'meetings' has no entry under cubes")]
    [InlineData("measure: tickets.reopen_rate\n    observations: surveys.nps_responses", "t.yaml: KPI 'x': observations 'surveys.nps_responses' is not a measure of tickets")]
    [InlineData("measure: tickets.frt_median_minutes\n    decimals_unused: 1", "t.yaml: line")]
    [InlineData("components: [{ kpi: nope, weight: 1 }]", "t.yaml: KPI 'x': component 'nope' is not a KPI with a measure")]
    public void A_bad_kpi_names_the_file_and_the_kpi(string fields, string expected)
    {
        var error = Assert.Throws<KpiCatalogException>(() => Parse($"""
            {Settings}
            kpis:
              - id: x
                {fields}
                unit: percent
                direction: down
                target: 5
                thresholds: {"{"} good: 5, warn: 10 {"}"}
                decimals: 1
            """));

        Assert.StartsWith(expected, error.Message);
    }

    [Fact]
    public void Every_problem_is_named_at_once()
    {
        var error = Assert.Throws<KpiCatalogException>(() => Parse($"""
            {Settings}
            kpis:
              - id: x
                measure: tickets.reopen_rate
                unit: percent
                direction: up
                target: 5
                thresholds: {"{"} good: 5, warn: 10 {"}"}
                decimals: 2
            """));

        Assert.Equal(
            "t.yaml: KPI 'x': thresholds: good must be on the higher side of warn; KPI 'x': decimals 2 differ from the measure's 1",
            error.Message);
    }

    [Theory]
    [InlineData("target: 5", "t.yaml: KPI 'x': needs thresholds with good and warn")]
    [InlineData("thresholds: { good: 5, warn: 10 }", "t.yaml: KPI 'x': needs target")]
    public void A_target_needs_thresholds_and_thresholds_a_target(string judged, string expected)
    {
        var error = Assert.Throws<KpiCatalogException>(() => Parse($"{Settings}\nkpis:\n  - id: x\n    measure: tickets.reopen_rate\n    unit: percent\n    direction: down\n    {judged}\n    decimals: 1\n"));

        Assert.Equal(expected, error.Message);
    }

    [Fact]
    public void A_kpi_with_neither_target_nor_thresholds_is_read_but_never_rated()
    {
        var kpi = Parse($"{Settings}\nkpis:\n  - id: x\n    measure: tickets.reopen_rate\n    unit: percent\n    direction: down\n    decimals: 1\n").Kpi("x")!;

        Assert.Equal((null, null, KpiStatus.Unknown), (kpi.Target, kpi.Thresholds, kpi.Rate(12.5)));
    }

    [Theory]
    [InlineData("furlongs", "down", "t.yaml: KPI 'x': unit 'furlongs' is not one of percent, minutes, hours, count, ratio, score, days, currency")]
    [InlineData("percent", "1", "t.yaml: KPI 'x': direction '1' is not one of up, down")]
    public void An_unknown_unit_or_direction_names_the_kpi(string unit, string direction, string expected)
    {
        var error = Assert.Throws<KpiCatalogException>(() => Parse($"""
            {Settings}
            kpis:
              - id: x
                measure: tickets.reopen_rate
                unit: {unit}
                direction: {direction}
                target: 5
                thresholds: {"{"} good: 5, warn: 10 {"}"}
                decimals: 1
            """));

        Assert.Equal(expected, error.Message);
    }

    [Fact]
    public void Sla_targets_must_cover_every_priority()
    {
        var error = Assert.Throws<KpiCatalogException>(() => Parse("""
            sla:
              P1: { first_response_minutes: 60, resolution_hours: 8 }
            key_features: [a]
            kpis: []
            """));

        Assert.Equal("t.yaml: sla needs exactly the priorities P1, P2, P3, P4", error.Message);
    }

    private KpiCatalog Parse(string yaml) => KpiCatalog.Parse(yaml, "t.yaml", fixture.Model);

    public void Dispose() => fixture.Dispose();
}
