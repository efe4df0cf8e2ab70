namespace Reporting.Core.Signals;

/// <summary>
/// An action of the playbook: its stage, owner role, when it is due (days after the plan's date), the
/// KPI it moves, and the signals that call for it (none for the sustain plan's actions).
/// </summary>
public sealed record PlaybookAction(string Id, string Stage, string Title, string Owner, int DueDays, string Kpi)
{
    public IReadOnlyList<string> When { get; init; } = [];
}
