using Reporting.Core.Signals;

namespace Reporting.Core.Alerts;

/// <summary>A signal that fires for an account now; <see cref="IsNew"/> when it did not fire a month earlier (an alert is due).</summary>
public sealed record FiredSignal(AccountSignals Account, SignalEvaluation Signal, bool IsNew);
