using Reporting.Core.Cube;
using Reporting.Core.Cube.Model;
using Reporting.Core.Health;
using Reporting.Core.Kpis;
using Reporting.Core.Revenue;

namespace Reporting.Seed.Tests;

/// <summary>
/// The default demo data's ARR movements tell issue 20's story through the revenue KPIs, over the
/// window's last year as of its end: passives churn more often than promoters, and the health score
/// separates churners without being perfect.
/// </summary>
public sealed class RevenueStoryTests(DefaultSeedFixture fixture) : IClassFixture<DefaultSeedFixture>
{
    private static readonly KpiFilter LastYear = new(From: SeededDatabase.AsOf.AddYears(-1), To: SeededDatabase.AsOf.AddDays(-1));

    [Fact]
    public void Passives_churn_more_than_promoters_and_detractors_most()
    {
        var kpis = Compute();

        var promoters = kpis["churn_180d_after_promoter"];
        var passives = kpis["churn_180d_after_passive"];
        Assert.True(promoters.N >= 100 && passives.N >= 100, $"too few answers: {promoters.N} promoters, {passives.N} passives");
        Assert.True(passives.Value > promoters.Value, $"passives {passives.Value} % did not churn more than promoters {promoters.Value} %");
        Assert.True(kpis["churn_180d_after_detractor"].Value > passives.Value);
    }

    [Fact]
    public void The_health_score_predicts_churn_without_being_perfect()
    {
        var auc = Compute()["health_churn_auc"];

        Assert.False(auc.LowSample);
        Assert.InRange(auc.Value!.Value, 0.6, 0.95);
    }

    [Fact]
    public void Every_story_moves_arr_and_one_account_comes_back()
    {
        var kpis = Compute();

        Assert.InRange(kpis["nrr"].Value!.Value, 50, 100);
        Assert.All(new[] { "churned_arr", "contraction_arr", "expansion_arr" }, id => Assert.True(kpis[id].Value > 0, id));
        Assert.Equal(1, fixture.Seeded.Count("SELECT count(*) FROM fact_revenue_movement WHERE kind = 'reactivation'"));
    }

    private IReadOnlyDictionary<string, KpiValue> Compute()
    {
        var model = SemanticModel.Load(CubeEngine.DefaultModelFolder, fixture.Seeded.Connection);
        var database = fixture.Seeded.Database;
        var catalog = KpiCatalog.Load(KpiCatalog.DefaultPath, model);
        var calculator = new KpiCalculator(catalog, new CubeEngine(model, database, catalog.LowSampleBelow), database, [new AccountHealthKpis(), new RevenueKpis()]);
        return calculator.Compute(LastYear, SeededDatabase.AsOf).Kpis;
    }
}
