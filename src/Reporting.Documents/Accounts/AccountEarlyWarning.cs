using Reporting.Core.Health;
using Reporting.Core.Planning;
using Reporting.Core.Signals;

namespace Reporting.Documents.Accounts;

/// <summary>What Account 360 says before the charts: the account's health, the signals that fired with their evidence, and its plan.</summary>
public sealed record AccountEarlyWarning(AccountHealth Health, AccountSignals Signals, RecoveryPlan Plan);
