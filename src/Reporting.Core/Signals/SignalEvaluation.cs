namespace Reporting.Core.Signals;

/// <summary>A signal judged for one account: fired when any check held; <see cref="Reasons"/> are the held checks' sentences.</summary>
public sealed record SignalEvaluation(string Id, int Number, string Title, int Severity, bool Fired, IReadOnlyList<CheckOutcome> Checks)
{
    public IReadOnlyList<string> Reasons => Checks.Where(c => c.Held).Select(c => c.Reason).ToList();
}
