using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Reporting.Core.Accounts;
using Reporting.Web.Embed;
using Reporting.Web.Security;

namespace Reporting.Web.Pages;

/// <summary>
/// /embed-demo: a stand-in for a customer portal. Its "server side" mints a token for the
/// per-account dashboard, locked to one account (?account=, by default the first), with the dates
/// editable, and frames the embed from Reporting:Embed:DemoFrameOrigin (another origin, as a real
/// portal's would be) with embed.js sizing the frame.
/// </summary>
public sealed class EmbedDemoModel(EmbedTokenIssuer issuer, AccountDirectory accounts, IOptions<EmbedOptions> options) : PageModel
{
    public AccountCard Account { get; private set; } = null!;

    public string FrameUrl { get; private set; } = "";

    public string ScriptUrl { get; private set; } = "";

    public IActionResult OnGet(string? account)
    {
        if ((account is null ? accounts.All().FirstOrDefault() : accounts.Find(account)) is not { } shown)
        {
            return NotFound();
        }
        Account = shown;
        var grant = new EmbedGrant(new EmbedResource(EmbedResourceKind.Dashboard, "account"),
            new Dictionary<string, IReadOnlyList<string>> { ["account_id"] = [shown.Id] },
            new HashSet<string>(EmbedScope.Dates, StringComparer.Ordinal)) { Bordered = true };
        var token = issuer.Issue(grant).Token;
        var origin = options.Value.DemoFrameOrigin is { } configured
            ? EmbedHeaders.Origin(configured, $"{EmbedOptions.Section}:DemoFrameOrigin")
            : $"{Request.Scheme}://{Request.Host}";
        // A configured origin is checked (EmbedHeaders.Origin), so it cannot add a directive; the request's own is 'self'.
        Response.Headers.ContentSecurityPolicy = SiteHeaders.Policy(options.Value.DemoFrameOrigin is null ? null : origin);
        FrameUrl = $"{origin}{Request.PathBase}/embed/{token}";
        ScriptUrl = $"{origin}{Request.PathBase}/embed.js";
        return Page();
    }
}
