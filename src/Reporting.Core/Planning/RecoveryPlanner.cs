using Reporting.Core.Kpis;
using Reporting.Core.Signals;

namespace Reporting.Core.Planning;

/// <summary>
/// Builds 30-60-90 plans from reports/playbook.yaml: the actions the fired signals call for, once
/// each, due the plan's date plus their due days, each moving a KPI from the account's current value
/// (baseline) to a target: the better of the KPI's target and the account's own level in the previous
/// periods, or the baseline when that is already better. Ordered by impact, then due date, then the
/// playbook's order; the sustain actions when no signal fired.
/// </summary>
public sealed class RecoveryPlanner(SignalEvaluator signals, KpiCatalog catalog)
{
    private Playbook Playbook => signals.Playbook;

    /// <summary>One account's plan; null when there is no such account.</summary>
    public RecoveryPlan? ForAccount(string accountId, DateOnly asOf, CancellationToken cancellationToken = default) =>
        signals.ForAccount(accountId, asOf, cancellationToken) is { } judged ? Plan(judged) : null;

    /// <summary>The plan for signals already judged (the alerts and a page showing both reuse them).</summary>
    public RecoveryPlan Plan(AccountSignals judged)
    {
        var fired = judged.Signals.Where(s => s.Fired).ToList();
        var kind = fired.Count == 0 ? PlanKind.Sustain : PlanKind.Recovery;
        var candidates = kind == PlanKind.Sustain ? Playbook.Sustain : Playbook.Actions;
        var actions = candidates
            .Select((action, order) => (Action: action, Order: order, Callers: fired.Where(s => action.When.Contains(s.Id)).ToList()))
            .Where(a => kind == PlanKind.Sustain || a.Callers.Count > 0)
            .Select(a => (Plan: Action(a.Action, a.Callers, judged), a.Order))
            .OrderByDescending(a => a.Plan.Impact).ThenBy(a => a.Plan.Due).ThenBy(a => a.Order)
            .Select(a => a.Plan)
            .ToList();
        return new RecoveryPlan(judged.Account, judged.AsOf, kind, judged.Current, fired.Select(s => s.Id).ToList(), actions);
    }

    private PlanAction Action(PlaybookAction action, IReadOnlyList<SignalEvaluation> callers, AccountSignals judged)
    {
        var stage = Playbook.Stage(action.Stage);
        var evidence = callers.OrderBy(s => s.Number).Select(s => new PlanEvidence(s.Id, s.Number, s.Title, s.Reasons)).ToList();
        return new PlanAction(
            action.Id, action.Title, stage.Id, stage.Title, action.Owner, judged.AsOf.AddDays(action.DueDays), action.DueDays,
            Kpi(action.Kpi, judged), callers.Sum(s => s.Severity), evidence);
    }

    private PlanKpi Kpi(string id, AccountSignals judged)
    {
        var kpi = catalog.Kpi(id)!;
        var current = judged.PeriodKpis[^1].Kpis[id];
        var earlier = judged.PeriodKpis.SkipLast(1).Select(p => p.Kpis[id])
            .Where(v => v.Value is not null && v.N >= Playbook.MinObservations).Select(v => v.Value!.Value).ToList();
        double? ownLevel = earlier.Count == 0 ? null : Math.Round(earlier.Average(), kpi.Decimals, MidpointRounding.AwayFromZero);
        var (goal, basis) = (kpi.Target, ownLevel) switch
        {
            ({ } target, { } own) when Better(kpi, own, target) => ((double?)own, TargetBasis.OwnHistory),
            ({ } target, _) => (target, TargetBasis.KpiTarget),
            (null, { } own) => (own, TargetBasis.OwnHistory),
            _ => (null, TargetBasis.KpiTarget),
        };
        if (current.Value is { } baseline && (goal is null || !Better(kpi, goal.Value, baseline)))
        {
            (goal, basis) = (baseline, TargetBasis.Hold);
        }
        return new PlanKpi(id, kpi.Unit, kpi.Direction, current.Value, current.N, goal, basis);
    }

    /// <summary>Strictly better in the KPI's good direction.</summary>
    private static bool Better(KpiDefinition kpi, double a, double b) => kpi.Direction == KpiDirection.Up ? a > b : a < b;
}
