using Reporting.Core.Cube;
using Reporting.Core.Cube.Model;
using Reporting.Core.Health;
using Reporting.Core.Kpis;
using Reporting.Core.Revenue;
using Reporting.Core.Signals;
using Reporting.Core.Themes;
using Reporting.Seed.Stories;

namespace Reporting.Seed.Tests;

/// <summary>
/// The default demo data (200 accounts × 18 months to 1 March 2026) through the shipped playbook: each
/// archetype's accounts get the signals and health their story implies, far more often than healthy
/// accounts do. Per-account samples are small (about three NPS answers a quarter), so every story is
/// judged as a share of its 20 accounts against the 120 healthy ones, never account by account.
/// </summary>
public sealed class ArchetypeSignalTests(DefaultSeedFixture fixture) : IClassFixture<DefaultSeedFixture>
{
    private static readonly DateOnly End = SeededDatabase.AsOf;

    [Fact]
    public void Death_by_handoffs_accounts_chase_reopen_slide_and_fall_below_70()
    {
        var judged = Judge(End);

        Assert.True(Share(judged, AccountArchetype.DeathByHandoffs, "effort_rising") >= Math.Max(0.6, 2 * Share(judged, AccountArchetype.Healthy, "effort_rising")));
        Assert.True(Share(judged, AccountArchetype.DeathByHandoffs, "reopens_rising") >= Math.Max(0.45, 2 * Share(judged, AccountArchetype.Healthy, "reopens_rising")));
        Assert.True(Share(judged, AccountArchetype.DeathByHandoffs, "sentiment_decline") >= Math.Max(0.7, 1.5 * Share(judged, AccountArchetype.Healthy, "sentiment_decline")));
        var health = Health();
        Assert.True(AtRiskShare(health, AccountArchetype.DeathByHandoffs) >= 0.75, "most death-by-handoffs accounts are at risk by the end");
        Assert.True(AtRiskShare(health, AccountArchetype.Healthy) <= 0.2, "few healthy accounts are at risk");
    }

    [Fact]
    public void Silent_disengage_accounts_fire_engagement_falling()
    {
        var judged = Judge(End);

        Assert.True(Share(judged, AccountArchetype.SilentDisengage, "engagement_decline") >= Math.Max(0.9, 2 * Share(judged, AccountArchetype.Healthy, "engagement_decline")));
    }

    [Fact]
    public void Passive_drift_fires_for_drifting_accounts_more_than_for_healthy_ones()
    {
        var judged = Judge(End);

        // A weak signal per account (passive share and NPS on about six answers a half-year), but the story shows.
        Assert.True(Count(judged, AccountArchetype.PassiveDrift, "passive_drift") >= 2);
        Assert.True(Share(judged, AccountArchetype.PassiveDrift, "passive_drift") > Share(judged, AccountArchetype.Healthy, "passive_drift"));
    }

    [Fact]
    public void Recovering_accounts_fire_during_their_bad_spell_then_recover_their_health()
    {
        // The spell peaks about eight months into the window (May 2025): judged as of 1 June 2025.
        var spell = Judge(new DateOnly(2025, 6, 1));
        var health = Health();

        foreach (var signal in new[] { "sentiment_decline", "sla_pressure", "executive_escalation" })
        {
            Assert.True(Share(spell, AccountArchetype.Recovering, signal) >= 2 * Share(spell, AccountArchetype.Healthy, signal), signal);
        }
        Assert.True(Share(spell, AccountArchetype.Recovering, "sentiment_decline") > Share(Judge(End), AccountArchetype.Recovering, "sentiment_decline"));
        // Most fell below 70 during the spell (from month 5) and were back by the end.
        var recovered = Accounts(AccountArchetype.Recovering)
            .Count(a => HealthRecoveries.Find(health[a], 70).Any(r => r.Recovered is not null && r.FellBelow >= new DateOnly(2025, 1, 31)));
        Assert.True(recovered >= 12, $"{recovered} of 20 recovering accounts recovered");
        Assert.True(AtRiskShare(health, AccountArchetype.Recovering) <= 0.2);
    }

    private IReadOnlyList<AccountSignals> Judge(DateOnly asOf)
    {
        var (calculator, playbook, themes) = Services();
        return new SignalEvaluator(calculator, playbook, themes).ForAll(asOf);
    }

    private IReadOnlyDictionary<string, IReadOnlyList<HealthPoint>> Health() =>
        new HealthHistory(Services().Calculator).Months(new KpiFilter(), new DateOnly(2024, 9, 1), new DateOnly(2026, 2, 1), End);

    private (KpiCalculator Calculator, Playbook Playbook, ThemeDictionary Themes) Services()
    {
        var model = SemanticModel.Load(CubeEngine.DefaultModelFolder, fixture.Seeded.Connection);
        var catalog = KpiCatalog.Load(KpiCatalog.DefaultPath, model);
        var themes = ThemeDictionary.Read(Playbook.DefaultThemesPath);
        var database = fixture.Seeded.Database;
        return (new KpiCalculator(catalog, new CubeEngine(model, database, catalog.LowSampleBelow), database, [new AccountHealthKpis(), new RevenueKpis()]), Playbook.Load(Playbook.DefaultPath, catalog, themes), themes);
    }

    private IEnumerable<string> Accounts(AccountArchetype archetype) =>
        Enumerable.Range(1, fixture.Seeded.Options.Accounts).Select(AccountArchetypes.AccountId)
            .Where(id => AccountArchetypes.For(id, fixture.Seeded.Options) == archetype);

    private int Count(IReadOnlyList<AccountSignals> judged, AccountArchetype archetype, string signal) =>
        judged.Count(a => AccountArchetypes.For(a.Account.Id, fixture.Seeded.Options) == archetype && a.Fired.Contains(signal));

    private double Share(IReadOnlyList<AccountSignals> judged, AccountArchetype archetype, string signal) =>
        (double)Count(judged, archetype, signal) / Accounts(archetype).Count();

    private double AtRiskShare(IReadOnlyDictionary<string, IReadOnlyList<HealthPoint>> health, AccountArchetype archetype) =>
        Accounts(archetype).Average(a => health[a][^1].AtRisk == true ? 1.0 : 0.0);
}
