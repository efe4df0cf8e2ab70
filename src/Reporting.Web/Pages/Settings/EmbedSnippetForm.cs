using Reporting.Web.Embed;

namespace Reporting.Web.Pages.Settings;

/// <summary>What an admin picks on the embed settings page, and the grant it makes.</summary>
public sealed class EmbedSnippetForm
{
    /// <summary>The account filters a snippet can lock or leave to the viewer, with their labels.</summary>
    public static readonly IReadOnlyList<(string Field, string Title)> Fields =
        [("segment", "Segment"), ("region", "Region"), ("tier", "Tier"), ("csm", "CSM")];

    /// <summary>"dashboard:&lt;id&gt;", "chart:&lt;dashboard&gt;.&lt;chart&gt;", or "ebr" for the locked account's EBR pack.</summary>
    public string Resource { get; set; } = "dashboard:overview";

    public string? Account { get; set; }

    public Dictionary<string, string?> Locked { get; set; } = [];

    public List<string> Editable { get; set; } = ["dates"];

    public string Theme { get; set; } = "";

    public bool Bordered { get; set; }

    public bool Titled { get; set; } = true;

    public int ExpiresInMinutes { get; set; } = 60;

    /// <summary>The grant this form describes; throws <see cref="EmbedClaimException"/> naming what is missing.</summary>
    public EmbedGrant Grant()
    {
        var account = string.IsNullOrWhiteSpace(Account) ? null : Account;
        var resource = Resource == "ebr"
            ? new EmbedResource(EmbedResourceKind.Ebr, account ?? throw new EmbedClaimException("Account", "an EBR pack is one account's: pick the account"))
            : EmbedResource.TryParse(Resource) ?? throw new EmbedClaimException("Resource", $"'{Resource}' is not a dashboard or chart");
        var locked = Locked.Where(l => !string.IsNullOrWhiteSpace(l.Value))
            .ToDictionary(l => l.Key, l => (IReadOnlyList<string>)[l.Value!], StringComparer.Ordinal);
        if (account is not null && resource.Kind != EmbedResourceKind.Ebr)
        {
            locked["account_id"] = [account];
        }
        IEnumerable<string> dates = resource.Kind == EmbedResourceKind.Ebr ? ["from", "to"] : EmbedScope.Dates;
        var editable = Editable.SelectMany(e => e == "dates" ? dates : [e]).ToHashSet(StringComparer.Ordinal);
        return new EmbedGrant(resource, locked, editable)
        {
            Theme = Theme is "light" or "dark" ? Theme : null,
            Bordered = Bordered,
            Titled = Titled,
        };
    }
}
