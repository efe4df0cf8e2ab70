namespace Reporting.Bench.Cube;

/// <summary>A baseline answered other numbers than the cube: a failure of the benchmark, never a figure.</summary>
public sealed class AnswerMismatchException(string message) : Exception(message);
