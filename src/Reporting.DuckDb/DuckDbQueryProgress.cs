namespace Reporting.DuckDb;

/// <summary>The progress of a running query: a percentage and the rows processed of those expected.</summary>
public readonly record struct DuckDbQueryProgress(double Percentage, long RowsProcessed, long TotalRows);
