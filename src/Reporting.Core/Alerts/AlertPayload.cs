using Reporting.Core.Accounts;
using Reporting.Core.Periods;
using Reporting.Core.Signals;

namespace Reporting.Core.Alerts;

/// <summary>
/// The JSON body POSTed to a webhook when a signal newly fires ("type": "signal.fired"): the account,
/// the signal with its reasons and evidence, the period it fired for, the date it was judged as of,
/// when the monitor saw it, and this delivery's id (also in the X-Reporting-Delivery header).
/// </summary>
public sealed record AlertPayload(string Type, string DeliveryId, AccountCard Account, SignalEvaluation Signal, MonthSpan Period, DateOnly AsOf, DateTime FiredAt)
{
    public const string SignalFired = "signal.fired";
}
