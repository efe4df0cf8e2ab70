using Reporting.Core.Accounts;
using Reporting.Core.ClosedLoop;
using Reporting.Core.Cube;
using Reporting.Core.Cube.Model;
using Reporting.Core.Cube.Querying;
using Reporting.Core.Dashboards;
using Reporting.Core.Health;
using Reporting.Core.Kpis;
using Reporting.Core.Planning;
using Reporting.Core.Signals;
using Reporting.Core.Themes;

namespace Reporting.Core.Ebr;

/// <summary>
/// Builds an account's pack content from the services the dashboards and the early warning use:
/// the KPI tiles through the dashboards' <see cref="KpiTileCalculator"/> (so every number equals the
/// cube's and GET /api/kpis's for the account and dates), health from <see cref="HealthHistory"/>,
/// risks from <see cref="SignalEvaluator"/>, the plan from <see cref="RecoveryPlanner"/>, the closed
/// loop from <see cref="ClosedLoopReport"/>. Queries go through the runner given (the server's cube cache).
/// </summary>
public sealed class EbrContentBuilder(
    KpiCatalog catalog, SemanticModel model, CubeQueryRunner run, KpiCalculator calculator, HealthHistory health,
    SignalEvaluator signals, RecoveryPlanner planner, ClosedLoopReport closedLoop, ThemeDictionary themes)
{
    private readonly KpiTileCalculator tiles = new(catalog, model, run);
    private readonly EbrSupportBuilder support = new(catalog, calculator, run);
    private readonly EbrVoices voices = new(themes, catalog, run);

    /// <summary>The pack's content for the account over <paramref name="period"/>; null when there is no such account.</summary>
    public EbrContent? Build(EbrPack pack, string accountId, DateRange period, DateOnly today, CancellationToken cancellationToken = default)
    {
        if (new AccountDirectory(calculator.Database).Find(accountId) is not { } account)
        {
            return null;
        }
        var asOf = EbrPeriod.AsOf(period, today);
        var periodTiles = Tiles(pack.SummaryKpis.Concat(EbrKpis.Sentiment).Concat(EbrKpis.Support).Concat(EbrKpis.Engagement), account, period, today, cancellationToken);
        var trendRange = new DateRange(Periods.MonthSpan.Ending(period.To, EbrKpis.TrendMonths).From, period.To);
        var trends = Tiles(EbrKpis.Trends, account, trendRange, today, cancellationToken);
        var healthNow = health.ForAccount(account.Id, asOf, EbrKpis.TrendMonths, cancellationToken)!;
        var judged = signals.ForAccount(account.Id, asOf, cancellationToken)!;
        var plan = planner.Plan(judged);
        return new EbrContent(pack, account, period, periodTiles[pack.SummaryKpis[0]].PreviousRange, asOf, today)
        {
            Tiles = periodTiles,
            Trends = trends,
            Summary = new EbrSummary(healthNow.Current, healthNow.History, healthNow.AtRiskBelow,
                pack.SummaryKpis.Select(id => periodTiles[id]).ToList(), EbrWins.Pick(periodTiles), Risks(judged)),
            Sentiment = voices.Read(account.Id, period, today, cancellationToken),
            Support = support.Build(account, periodTiles, period, today, cancellationToken),
            ClosedLoop = ClosedLoop(account.Id, period, asOf, cancellationToken),
            Plan = plan,
            Definitions = Definitions(pack, plan),
            LowSampleBelow = catalog.LowSampleBelow,
        };
    }

    private Dictionary<string, KpiTile> Tiles(IEnumerable<string> ids, AccountCard account, DateRange range, DateOnly today, CancellationToken cancellationToken)
    {
        var filters = new DashboardFilters(range, TimeGranularity.Month, new Dictionary<string, IReadOnlyList<string>> { ["account_id"] = [account.Id] });
        return tiles.Compute(ids.Distinct(StringComparer.Ordinal).ToList(), filters, today, cancellationToken).ToDictionary(t => t.Kpi.Id, StringComparer.Ordinal);
    }

    /// <summary>The fired signals, most severe first (then in the playbook's numbering), at most three.</summary>
    private static List<SignalEvaluation> Risks(AccountSignals judged) =>
        judged.Signals.Where(s => s.Fired).OrderByDescending(s => s.Severity).ThenBy(s => s.Number).Take(3).ToList();

    private EbrClosedLoop ClosedLoop(string accountId, DateRange period, DateOnly asOf, CancellationToken cancellationToken)
    {
        var summary = closedLoop.Summarize(new KpiFilter(accountId, null, period.From, period.To), asOf, cancellationToken: cancellationToken);
        var (count, cases) = EbrClosedCases.Read(calculator.Database, accountId, period.From, period.To, cancellationToken);
        return new EbrClosedLoop(summary.Compliance, summary.RecoveryRate, count, cases);
    }

    private List<KpiDefinition> Definitions(EbrPack pack, RecoveryPlan plan)
    {
        var shown = pack.SummaryKpis.Concat(EbrKpis.Sentiment).Concat(EbrKpis.Support).Concat(EbrKpis.Engagement)
            .Concat(plan.Actions.Select(a => a.Kpi.Id))
            .Concat([HealthSettings.ScoreKpi, "detractor_contact_24h", "detractor_rca_48h", "detractor_plan_72h", "detractor_recovery_rate"])
            .ToHashSet(StringComparer.Ordinal);
        return catalog.Kpis.Where(k => shown.Contains(k.Id)).ToList();
    }
}
