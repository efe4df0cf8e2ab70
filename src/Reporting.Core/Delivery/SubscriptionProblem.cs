namespace Reporting.Core.Delivery;

/// <summary>One reason a subscription cannot be saved, naming the field (e.g. "schedule.cron", "recipients[1].value").</summary>
public sealed record SubscriptionProblem(string Field, string Message)
{
    public override string ToString() => $"{Field}: {Message}";
}
