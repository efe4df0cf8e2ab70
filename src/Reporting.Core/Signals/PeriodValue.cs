namespace Reporting.Core.Signals;

/// <summary>A KPI's value over one period (<see cref="From"/> null: everything up to <see cref="To"/>) and the observations it rests on.</summary>
public sealed record PeriodValue(string Label, DateOnly? From, DateOnly To, double? Value, long N);
