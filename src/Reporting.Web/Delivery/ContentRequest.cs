using Reporting.Core.Delivery;

namespace Reporting.Web.Delivery;

/// <summary>What to send, as the API and the form give it: kind account-pack|rule-packs|dashboard-digest and its details.</summary>
public sealed record ContentRequest(string? Kind, string? AccountId = null, PackRule? Rule = null, string? Dashboard = null,
    IReadOnlyDictionary<string, string>? Filters = null, string? Period = null);
