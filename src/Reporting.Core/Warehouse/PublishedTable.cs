namespace Reporting.Core.Warehouse;

/// <summary>Progress of a publish: the table whose shadow now holds its <paramref name="Rows"/> rows, number <paramref name="Index"/> (from 1) of <paramref name="Count"/>.</summary>
public sealed record PublishedTable(string Table, long Rows, int Index, int Count);
