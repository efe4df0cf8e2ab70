using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reporting.Core.Delivery;
using Reporting.Web.Delivery;
using Reporting.Web.SignIn;

namespace Reporting.Web.Pages.Subscriptions;

/// <summary>
/// /subscriptions: the subscriptions the member sees (admins and leaders: all; others: those they
/// created or receive), pause, resume, remove, "send a test to me", and their last deliveries with
/// each outcome (a failed one with its error).
/// </summary>
public sealed class IndexModel(SubscriptionStore store, SendTest test) : PageModel
{
    public const int RecentDeliveries = 100;

    public IReadOnlyList<Subscription> Subscriptions { get; private set; } = [];

    public IReadOnlyList<DeliveryRecord> Deliveries { get; private set; } = [];

    public IReadOnlyDictionary<long, string> Names { get; private set; } = new Dictionary<long, string>();

    [TempData]
    public string? Notice { get; set; }

    public void OnGet()
    {
        Subscriptions = User.Visible(store);
        Names = Subscriptions.ToDictionary(s => s.Id, s => s.Name);
        Deliveries = store.Deliveries(null, RecentDeliveries * 4).Where(d => Names.ContainsKey(d.SubscriptionId)).Take(RecentDeliveries).ToList();
    }

    public IActionResult OnPostPause(long id) => Change(id, s => store.SetPaused(s.Id, true), "Paused");

    public IActionResult OnPostResume(long id) => Change(id, s => store.SetPaused(s.Id, false), "Resumed");

    public IActionResult OnPostRemove(long id) => Change(id, s => store.Remove(s.Id), "Removed");

    public async Task<IActionResult> OnPostTestAsync(long id, CancellationToken cancellationToken)
    {
        if (SubscriptionEndpoints.Find(id, User, store, manage: false) is not { } subscription)
        {
            return NotFound();
        }
        var sent = await test.SendAsync(subscription.Id, User.Email()!, cancellationToken);
        Notice = sent.Count == 0
            ? $"\"{subscription.Name}\" has nothing you may see to send now."
            : string.Join(" ", sent.Select(d => d.Status == DeliveryStatus.Sent
                ? $"Sent \"{subscription.Name}\"{For(d)} to {d.Recipient}."
                : $"Sending \"{subscription.Name}\"{For(d)} failed: {d.LastError}"));
        return RedirectToPage();
    }

    private static string For(DeliveryRecord d) => d.AccountId is null ? "" : $" ({d.AccountId})";

    private IActionResult Change(long id, Action<Subscription> change, string done)
    {
        if (SubscriptionEndpoints.Find(id, User, store, manage: true) is not { } subscription)
        {
            return NotFound();
        }
        change(subscription);
        Notice = $"{done} \"{subscription.Name}\".";
        return RedirectToPage();
    }
}
