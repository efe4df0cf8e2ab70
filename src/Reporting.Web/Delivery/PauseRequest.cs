namespace Reporting.Web.Delivery;

/// <summary>PUT /api/subscriptions/{id}/paused: true pauses, false resumes.</summary>
public sealed record PauseRequest(bool Paused);
