namespace Reporting.Web.Delivery;

/// <summary>POST /api/subscriptions/{id}/test: whom the test goes to, which can only be the caller (null: the caller).</summary>
public sealed record SendTestRequest(string? To = null);
