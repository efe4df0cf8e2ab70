namespace Reporting.Core.Health;

/// <summary>
/// A spell at risk: the month-end date the score first fell below the line (after having been at or
/// above it), the month-end date it first returned to the line or above, and the days between (the
/// recovery time); <see cref="Recovered"/> and <see cref="Days"/> are null while it lasts.
/// </summary>
public sealed record HealthRecovery(DateOnly FellBelow, DateOnly? Recovered, int? Days);
