using Reporting.Core.Periods;

namespace Reporting.Core.Health;

/// <summary>
/// An account's health for one month: the score (0–100, null without any observations) computed over
/// <see cref="Window"/> (the months ending with <see cref="Month"/>), the fewest observations of its
/// parts, whether it is below the at-risk line, and its parts.
/// </summary>
public sealed record HealthPoint(
    DateOnly Month,
    MonthSpan Window,
    double? Score,
    long N,
    bool LowSample,
    bool? AtRisk,
    IReadOnlyList<HealthComponent> Components)
{
    /// <summary>The day the score stands for: the last day of its month (recovery days count between these).</summary>
    public DateOnly Date => Window.To;
}
