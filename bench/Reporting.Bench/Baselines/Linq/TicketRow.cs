namespace Reporting.Bench.Baselines.Linq;

/// <summary>The fields of a ticket the five queries read, as a plain object in a list.</summary>
public sealed record TicketRow(string AccountId, string Priority, DateTime CreatedAt, DateTime? FirstResponseAt, DateTime? SolvedAt, int Reopens, int? AssigneeStations)
{
    public bool Answered => FirstResponseAt is not null;

    public double FrtMinutes => (FirstResponseAt!.Value - CreatedAt).TotalMinutes;

    /// <summary>Solved at least once: solved now, or reopened after a solve (KPIS.md, reopen rate).</summary>
    public bool SolvedOnce => SolvedAt is not null || Reopens > 0;

    public int Handoffs => Math.Max((AssigneeStations ?? 1) - 1, 0);
}
