namespace Reporting.Core.Signals;

/// <summary>
/// One check of a signal: a KPI and a condition on its periods, or themes that comments must carry
/// (from contacts of <see cref="Roles"/> when given). <see cref="MinObservations"/> and
/// <see cref="PeriodMonths"/> override the playbook's; <see cref="Flat"/> asks a rising KPI's companion
/// to stay flat: within <see cref="FlatWithin"/>, or within its margin of error (<see cref="FlatMargin"/>,
/// a KPI whose value in the later period bounds each step: a smaller change is no significant change).
/// </summary>
public sealed record SignalCheck(CheckCondition When)
{
    public string? Kpi { get; init; }

    public IReadOnlyList<string> Themes { get; init; } = [];

    public IReadOnlyList<string> Roles { get; init; } = [];

    public int? MinObservations { get; init; }

    /// <summary>Whole months per period for this check (slow drifts are judged over longer cycles); null: the playbook's.</summary>
    public int? PeriodMonths { get; init; }

    /// <summary>How many matching comments make the check hold (at least 1).</summary>
    public int MinComments { get; init; } = 1;

    public string? Flat { get; init; }

    public double? FlatWithin { get; init; }

    public string? FlatMargin { get; init; }
}
