namespace Reporting.Seed.Tests;

/// <summary>
/// The playbook stories must be visible in the numbers dashboards compute, at the default size
/// (200 accounts × 18 months: months 0–5 are the first six, 12–17 the last six, 15–17 the last three).
/// Thresholds leave room for sampling noise (about ±10 NPS points per archetype and half-year).
/// </summary>
public sealed class StoryTests(DefaultSeedFixture fixture) : IClassFixture<DefaultSeedFixture>
{
    private const string Healthy = "Healthy";
    private const string Handoffs = "DeathByHandoffs";
    private const string Silent = "SilentDisengage";
    private const string Passive = "PassiveDrift";
    private const string Recovering = "Recovering";

    private readonly StoryMetrics metrics = new(fixture.Seeded);

    [Fact]
    public void Death_by_handoffs_shows_more_handoffs_and_reopens_in_the_last_months()
    {
        Assert.True(metrics.Handoffs(Handoffs, 15, 17) >= metrics.Handoffs(Handoffs, 0, 5) + 1.2, "handoffs per ticket did not rise");
        Assert.True(metrics.ReopenRate(Handoffs, 15, 17) >= metrics.ReopenRate(Handoffs, 0, 5) + 0.15, "reopen rate did not rise");
        Assert.InRange(metrics.Handoffs(Healthy, 15, 17) - metrics.Handoffs(Healthy, 0, 5), -0.1, 0.1);
        Assert.InRange(metrics.ReopenRate(Healthy, 15, 17) - metrics.ReopenRate(Healthy, 0, 5), -0.04, 0.04);
    }

    [Fact]
    public void Death_by_handoffs_nps_falls_a_quarter_after_the_handoffs_rise()
    {
        // Months 12–14: handoffs already up, NPS not yet down. Months 15–17: NPS falls.
        Assert.True(metrics.Handoffs(Handoffs, 12, 14) >= metrics.Handoffs(Handoffs, 0, 5) + 0.4);
        var before = metrics.Nps(Handoffs, 0, 11);
        Assert.True(metrics.Nps(Handoffs, 15, 17) <= before - 30, $"NPS {metrics.Nps(Handoffs, 15, 17):F1} did not fall from {before:F1}");
        Assert.True(metrics.HandoffComplaintShare(Handoffs, 12, 17) >= 0.4, "comments do not talk about handoffs and chasing");
        Assert.True(metrics.HandoffComplaintShare(Healthy, 12, 17) <= 0.15);
    }

    [Fact]
    public void Silent_disengage_logs_in_less_uses_fewer_features_and_misses_reviews()
    {
        Assert.True(metrics.LoginsPerAccountMonth(Silent, 15, 17) <= 0.6 * metrics.LoginsPerAccountMonth(Silent, 0, 5), "logins did not fall");
        Assert.True(metrics.FeaturesPerAccountMonth(Silent, 15, 17) <= metrics.FeaturesPerAccountMonth(Silent, 0, 5) - 1.5, "feature use did not fall");
        Assert.True(metrics.ReviewAttendance(Silent, 12, 17) <= metrics.ReviewAttendance(Silent, 0, 5) - 0.4, "QBR/EBR attendance did not fall");
        Assert.InRange(metrics.LoginsPerAccountMonth(Healthy, 15, 17) / metrics.LoginsPerAccountMonth(Healthy, 0, 5), 0.9, 1.1);
        Assert.InRange(metrics.ReviewAttendance(Healthy, 12, 17) - metrics.ReviewAttendance(Healthy, 0, 5), -0.1, 0.1);
    }

    [Fact]
    public void Passive_drift_grows_the_passive_share_while_nps_stays_flat()
    {
        Assert.True(metrics.PassiveShare(Passive, 12, 17) >= metrics.PassiveShare(Passive, 0, 5) + 0.10, "passive share did not grow");
        Assert.InRange(metrics.Nps(Passive, 12, 17) - metrics.Nps(Passive, 0, 5), -12, 12);
        Assert.InRange(metrics.PassiveShare(Healthy, 12, 17) - metrics.PassiveShare(Healthy, 0, 5), -0.05, 0.05);
    }

    [Fact]
    public void Recovering_accounts_dip_mid_period_then_recover_with_faster_first_contact()
    {
        var dip = metrics.Nps(Recovering, 6, 10);
        Assert.True(dip <= metrics.Nps(Healthy, 6, 10) - 40, $"no dip: {dip:F1}");
        Assert.True(metrics.Nps(Recovering, 15, 17) >= dip + 40, "NPS did not recover");
        Assert.True(metrics.FirstContactWithinHour(Recovering, 9, 17) >= 0.5, "first contact did not get faster");
        Assert.True(metrics.FirstContactWithinHour(Recovering, 0, 7) <= 0.25);
    }

    [Fact]
    public void Healthy_accounts_stay_healthy()
    {
        Assert.InRange(metrics.Nps(Healthy, 0, 5), 30, 60);
        Assert.InRange(metrics.Nps(Healthy, 12, 17) - metrics.Nps(Healthy, 0, 5), -10, 10);
    }

    [Fact]
    public void Detractor_recovery_is_ordered_by_how_soon_the_first_contact_came()
    {
        var recovery = metrics.RecoveryByFirstContact();

        Assert.All(recovery.Values, bucket => Assert.True(bucket.FollowedUp >= 40, "too few followed-up detractors"));
        Assert.InRange(recovery["<1h"].Rate, 0.55, 0.75);
        Assert.InRange(recovery["1-24h"].Rate, 0.28, 0.50);
        Assert.InRange(recovery[">72h"].Rate, 0.0, 0.10);
        Assert.True(recovery["<1h"].Rate > recovery["1-24h"].Rate);
        Assert.True(recovery["1-24h"].Rate > recovery["24-72h"].Rate);
        Assert.True(recovery["24-72h"].Rate > recovery[">72h"].Rate);
    }

    [Fact]
    public void The_account_mix_follows_the_segments_and_renewals_cluster_where_it_matters()
    {
        var seeded = fixture.Seeded;
        Assert.InRange(seeded.Number("SELECT avg((segment = 'SMB')::INT) FROM dim_account"), 0.45, 0.65);
        Assert.InRange(seeded.Number("SELECT avg((segment = 'Mid-Market')::INT) FROM dim_account"), 0.22, 0.38);
        Assert.InRange(seeded.Number("SELECT avg((segment = 'Enterprise')::INT) FROM dim_account"), 0.08, 0.22);
        // Platinum is mostly bought by enterprises; ARR grows with the segment.
        Assert.True(seeded.Number("SELECT avg((tier = 'Platinum')::INT) FROM dim_account WHERE segment = 'Enterprise'") >= 0.3);
        Assert.True(seeded.Number("SELECT median(arr) FROM dim_account WHERE segment = 'Enterprise'")
            >= 10 * seeded.Number("SELECT median(arr) FROM dim_account WHERE segment = 'SMB'"));
        Assert.InRange(seeded.Number("SELECT avg((renewal_on < $1::DATE + 180)::INT) FROM dim_account", SeededDatabase.AsOf), 0.4, 0.75);
        Assert.Equal(8, seeded.Count("SELECT count(DISTINCT csm) FROM dim_account"));
    }

    [Fact]
    public void Engagement_volume_is_in_the_intended_range()
    {
        Assert.InRange(fixture.Seeded.Summary.RowsPerTable["fact_engagement"], 500_000, 1_500_000);
        Assert.InRange(fixture.Seeded.Summary.RowsPerTable["fact_ticket"], 8_000, 25_000);
    }
}
