using Reporting.Core.Delivery;
using Reporting.Documents.Ebr;

namespace Reporting.Documents.Delivery;

/// <summary>
/// Writes a delivery's message inside the recipient's scope (the runner entered it): a digest is the
/// dashboard as the recipient would see it, with its PDF; a pack is the account's EBR pack, with a
/// short mail of its headline numbers. The period is read on the occurrence's day in the schedule's zone.
/// </summary>
public sealed class DeliveryComposer(DashboardSnapshots snapshots, DashboardPdf dashboards, EbrPacks packs, DeliverySettings settings) : IDeliveryComposer
{
    public Task<DeliveryMessage> ComposeAsync(DeliveryJob job, CancellationToken cancellationToken) =>
        job.Subscription.Content.Kind == SubscriptionContentKind.DashboardDigest
            ? DigestAsync(job, cancellationToken)
            : PackAsync(job, cancellationToken);

    /// <summary>The occurrence's date where the subscription is scheduled (its cron's zone).</summary>
    public static DateOnly Day(DeliveryJob job) =>
        DateOnly.FromDateTime(TimeZoneInfo.TryFindSystemTimeZoneById(job.Subscription.Schedule.TimeZone, out var zone)
            ? TimeZoneInfo.ConvertTime(job.Occurrence, zone).DateTime
            : job.Occurrence.UtcDateTime);

    private async Task<DeliveryMessage> DigestAsync(DeliveryJob job, CancellationToken cancellationToken)
    {
        var content = job.Subscription.Content;
        var snapshot = snapshots.Take(content.Dashboard ?? "", content.Filters, content.Period, Day(job), cancellationToken);
        var pdf = await dashboards.PrintAsync(snapshot, job.RecipientEmail, cancellationToken);
        var live = Link(snapshot.Path + "?" + snapshot.Query);
        var mail = DigestMail.Compose(job.Subscription.Name, snapshot, job.RecipientEmail, live, job.UnsubscribeUrl);
        return new DeliveryMessage(mail.Subject, mail.Html, mail.Text, [new DeliveryAttachment(DashboardPdf.FileName(snapshot), "application/pdf", pdf)], live);
    }

    private async Task<DeliveryMessage> PackAsync(DeliveryJob job, CancellationToken cancellationToken)
    {
        var account = job.AccountId ?? throw new DeliveryContentException("accountId", "a pack delivery names its account");
        var day = Day(job);
        var range = DeliveryPeriod.Resolve(job.Subscription.Content.Period, day);
        var pack = await packs.PdfAsync(new EbrRequest(account, range?.From, range?.To), day, cancellationToken)
            ?? throw new DeliveryContentException("accountId", $"no account '{account}' for {job.RecipientEmail}");
        var live = Link($"/accounts/{Uri.EscapeDataString(account)}");
        var mail = PackMail.Compose(job.Subscription.Name, pack, job.RecipientEmail, live, job.UnsubscribeUrl);
        return new DeliveryMessage(mail.Subject, mail.Html, mail.Text, [new DeliveryAttachment(pack.FileName, "application/pdf", pack.Bytes)], live);
    }

    private Uri Link(string pathAndQuery) => new(settings.BaseUrl, pathAndQuery.TrimStart('/'));
}
