using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reporting.Core.Dashboards;
using Reporting.Core.Storage;
using Reporting.Web.Embed;

namespace Reporting.Web.Pages.Settings;

/// <summary>
/// /settings/embed: an admin picks a resource, the filters to lock, what the viewer may change, the
/// look and the expiry, and gets the iframe snippet (with a signed token) to paste into a portal,
/// and a preview of it.
/// </summary>
public sealed class EmbedSettingsModel(EmbedTokenIssuer issuer, DashboardCatalog catalog, ReportingDatabase database) : PageModel
{
    [BindProperty]
    public EmbedSnippetForm Form { get; set; } = new();

    public FilterChoices Choices { get; private set; } = FilterChoices.Empty;

    public IReadOnlyList<DashboardDefinition> Dashboards => catalog.Dashboards;

    public string? Error { get; private set; }

    public string? ErrorField { get; private set; }

    public string? EmbedUrl { get; private set; }

    public string? Snippet { get; private set; }

    public DateTimeOffset? ExpiresAt { get; private set; }

    public void OnGet() => ReadChoices();

    public void OnPost()
    {
        ReadChoices();
        try
        {
            var minted = issuer.Issue(Form.Grant(), TimeSpan.FromMinutes(Form.ExpiresInMinutes));
            var origin = $"{Request.Scheme}://{Request.Host}{Request.PathBase}";
            EmbedUrl = $"{origin}/embed/{minted.Token}";
            ExpiresAt = minted.ExpiresAt;
            Snippet = $"""
                <iframe src="{EmbedUrl}" title="Customer Success report" style="width:100%;border:0" loading="lazy"></iframe>
                <script src="{origin}/embed.js" async></script>
                """;
        }
        catch (EmbedClaimException e)
        {
            Error = e.Message;
            ErrorField = e.Claim;
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
    }

    private void ReadChoices() => Choices = FilterChoices.Read(database);
}
