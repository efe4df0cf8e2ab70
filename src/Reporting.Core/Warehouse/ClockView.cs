namespace Reporting.Core.Warehouse;

/// <summary>
/// A ClickHouse view named as a DuckDB view, over the published rows of that view, recomputing the
/// columns that depend on "now" (an answer's age, whether a send's follow-up time is up) when it is read.
/// </summary>
public sealed record ClockView(string Name, IReadOnlyList<ClockColumn> Columns);

/// <summary>A column of a <see cref="ClockView"/> and the ClickHouse expression that computes it from the stored columns.</summary>
public sealed record ClockColumn(string Name, string Expression);
