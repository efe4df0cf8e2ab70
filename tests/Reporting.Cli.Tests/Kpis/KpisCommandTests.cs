using Reporting.DuckDb;
using System.Globalization;
using System.Text.Json;
using Reporting.Core.Storage;

namespace Reporting.Cli.Tests.Kpis;

/// <summary>`reporting kpis` over the hand-written KPI fixture of the core tests (Kpis/kpi_fixture.sql).</summary>
public sealed class KpisCommandTests : IDisposable
{
    private readonly TempFolder folder = new();

    public KpisCommandTests()
    {
        using var database = ReportingDatabase.Open(folder.File("db.duckdb"));
        using var connection = database.Connect();
        connection.Execute(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Kpis", "kpi_fixture.sql")));
    }

    [Fact]
    public void Json_gives_every_kpi_as_value_n_and_low_sample()
    {
        var (exitCode, output) = CliRun.Invoke("kpis", "--db", folder.File("db.duckdb"), "--account", "A1", "--json");

        Assert.Equal(0, exitCode);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal(["kpis"], root.EnumerateObject().Select(p => p.Name));
        Assert.All(root.GetProperty("kpis").EnumerateObject(), kpi => Assert.Equal(["value", "n", "low_sample"], kpi.Value.EnumerateObject().Select(p => p.Name)));
        // Account A1, as KpiAccountTests computes by hand.
        Assert.Equal(
        [
            "nps=0|8|True", "promoter_share=37.5|8|True", "passive_share=25|8|True", "detractor_share=37.5|8|True",
            "nps_margin=60|8|True", "csat=100|2|True", "ces=2|1|True", "survey_response_rate=60|5|True",
            "survey_fatigue_violations=0|0|True", "nonresponder_followup_rate=0|2|True", "survey_coverage=100|3|True", "survey_key_stakeholder_coverage=100|3|True",
            "frt_median_minutes=300|5|True", "frt_p90_minutes=520|5|True", "ttr_median_hours=20|4|True", "ttr_p90_hours=44|4|True",
            "reopen_rate=25|4|True", "handoffs_per_ticket=0.5|6|True", "group_handoffs_per_ticket=0.17|6|True",
            "sla_breach_rate=33.3|6|True", "sla_near_miss_rate=40|5|True", "aging_p1p2=1|1|True",
            "logins_per_active_user=1.6|5|True", "active_user_ratio=16.7|30|False", "feature_adoption=37.5|8|True",
            "qbr_attendance=50|2|True", "engagement_index=38.3|2|True",
            "detractor_contact_24h=66.7|3|True", "detractor_rca_48h=33.3|3|True", "detractor_plan_72h=33.3|3|True", "detractor_recovery_rate=50|2|True",
            "health_score=52.9|1|True",   // as KpiAccountTests computes by hand
        ],
        root.GetProperty("kpis").EnumerateObject().Take(32).Select(Line));
        // Recovery days, revenue at risk and the revenue KPIs are judged as of today (the command's clock), which moves: only their presence here.
        Assert.Equal(
            [
                "health_recovery_days", "revenue_at_risk", "nrr", "grr", "logo_churn_rate", "churned_arr", "contraction_arr", "expansion_arr", "new_arr",
                "churn_180d_after_promoter", "churn_180d_after_passive", "churn_180d_after_detractor", "churn_90d_after_detractor", "health_churn_auc",
                "churn_180d_health_below_50", "churn_180d_health_50_70", "churn_180d_health_70_85", "churn_180d_health_85_plus",
            ],
            root.GetProperty("kpis").EnumerateObject().Skip(32).Select(p => p.Name));
    }

    [Fact]
    public void Dates_and_segment_filter_each_kpis_own_event_time()
    {
        var (exitCode, output) = CliRun.Invoke("kpis", "--db", folder.File("db.duckdb"), "--segment", "SMB", "--from", "2026-01-01", "--to", "2026-01-31", "--json");

        Assert.Equal(0, exitCode);
        var kpis = JsonDocument.Parse(output).RootElement.GetProperty("kpis");
        // SMB tickets created in January: T01 T02 T03 T07 T08, all solved; reopened T02, T08 → 40 %.
        Assert.Equal("reopen_rate=40|5|True", Line(kpis.EnumerateObject().Single(p => p.Name == "reopen_rate")));
        // SMB NPS answered in January: R01 3, R02 5, R03 2, R14 10, R16 8, R18 9 → (2 − 3) / 6.
        Assert.Equal("nps=-16.7|6|True", Line(kpis.EnumerateObject().Single(p => p.Name == "nps")));
    }

    [Fact]
    public void Without_json_it_prints_a_table()
    {
        var (exitCode, output) = CliRun.Invoke("kpis", "--db", folder.File("db.duckdb"));

        Assert.Equal(0, exitCode);
        var nps = output.Split('\n').Single(l => l.Contains(" nps ", StringComparison.Ordinal));
        Assert.Matches(@"nps\s+│\s+13\.8\s+│\s+30\.0\s+│\s+warn\s+│\s+29\s+│", nps);
        Assert.Matches(@"sla_breach_rate\s+│\s+35\.0 %\s+│\s+5\.0 %\s+│\s+bad\s+│\s+20\s+│", output);
        Assert.Matches(@"health_score\s+│\s+51\.1\s+│\s+80\.0\s+│\s+bad\s+│\s+5\s+│", output);   // as KpiWholeSetTests
        Assert.Matches(@"health_recovery_days\s+│\s+\S+\s+│\s+90\.0 d\s+│", output);
    }

    [Theory]
    [InlineData("--from", "2026-1-5", "error: from: '2026-1-5' is not a date (YYYY-MM-DD)")]
    [InlineData("--account", "A9", "error: account: no account 'A9'")]
    public void A_bad_filter_exits_non_zero_naming_it(string option, string value, string message)
    {
        var (exitCode, output) = CliRun.Invoke("kpis", "--db", folder.File("db.duckdb"), option, value);

        Assert.Equal(2, exitCode);
        Assert.Contains(message, output);
    }

    private static string Line(JsonProperty kpi)
    {
        var value = kpi.Value.GetProperty("value");
        var number = value.ValueKind == JsonValueKind.Null ? "null" : value.GetDouble().ToString("R", CultureInfo.InvariantCulture);
        return $"{kpi.Name}={number}|{kpi.Value.GetProperty("n").GetInt64()}|{kpi.Value.GetProperty("low_sample").GetBoolean()}";
    }

    public void Dispose() => folder.Dispose();
}
