namespace Reporting.Core.Planning;

/// <summary>A fired signal that called for an action, with the sentences of the checks that held.</summary>
public sealed record PlanEvidence(string Signal, int Number, string Title, IReadOnlyList<string> Reasons);
