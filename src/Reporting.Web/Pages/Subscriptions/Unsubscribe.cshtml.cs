using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reporting.Core.Delivery;

namespace Reporting.Web.Pages.Subscriptions;

/// <summary>
/// The unsubscribe link of every message: GET asks to confirm (a mail scanner that follows links
/// unsubscribes nobody), POST unsubscribes, as RFC 8058's one-click POST does from the mail client.
/// The signed token is the proof of who asks: no sign-in and no antiforgery token; a token that does
/// not verify is a 400 and changes nothing.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class UnsubscribeModel(UnsubscribeLinks links, SubscriptionStore store) : PageModel
{
    public string? Email { get; private set; }

    public string? Subscription { get; private set; }

    public bool Done { get; private set; }

    public IActionResult OnGet(string? token) => Read(token) ? Page() : Invalid();

    public IActionResult OnPost(string? token)
    {
        if (!Read(token))
        {
            return Invalid();
        }
        store.Unsubscribe(links.TryRead(token)!.Value.SubscriptionId, Email!);
        Done = true;
        return Page();
    }

    private bool Read(string? token)
    {
        if (links.TryRead(token) is not { } read)
        {
            return false;
        }
        Email = read.Email;
        Subscription = store.Find(read.SubscriptionId)?.Name;
        return true;
    }

    private IActionResult Invalid()
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
