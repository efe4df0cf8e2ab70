using Reporting.Core.Delivery;

namespace Reporting.Web.Delivery;

/// <summary>A subscription saved, or the problems (each naming its field) that kept it from being saved.</summary>
public sealed record SubscriptionEdit(Subscription? Saved, IReadOnlyList<SubscriptionProblem> Problems);
