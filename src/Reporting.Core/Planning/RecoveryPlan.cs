using Reporting.Core.Accounts;
using Reporting.Core.Periods;

namespace Reporting.Core.Planning;

/// <summary>
/// An account's 30-60-90 plan as of a date: recovery actions for the signals that fired (each action
/// once, ordered by impact), or the sustain plan when none fired. The same date and data give the same plan.
/// </summary>
public sealed record RecoveryPlan(
    AccountCard Account,
    DateOnly AsOf,
    PlanKind Kind,
    MonthSpan Period,
    IReadOnlyList<string> Signals,
    IReadOnlyList<PlanAction> Actions);
