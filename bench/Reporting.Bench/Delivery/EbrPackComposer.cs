using System.Net;
using Reporting.Core.Delivery;
using Reporting.Documents.Ebr;

namespace Reporting.Bench.Delivery;

/// <summary>
/// The benchmark's composer: the account's real EBR pack (EbrPacks: content, print HTML, Chromium)
/// attached to a short mail. The web's composer (AddReportingDeliveryComposer, another branch) adds
/// the pack's headline mail body; the PDF, which is nearly all of the work, is the same.
/// </summary>
public sealed class EbrPackComposer(EbrPacks packs) : IDeliveryComposer
{
    public async Task<DeliveryMessage> ComposeAsync(DeliveryJob job, CancellationToken cancellationToken)
    {
        var account = job.AccountId ?? throw new InvalidOperationException("the benchmark sends account packs only");
        var today = DateOnly.FromDateTime(job.Occurrence.UtcDateTime);
        var pdf = await packs.PdfAsync(new EbrRequest(account), today, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"no account {account}");
        var subject = $"{job.Subscription.Name}: EBR pack";
        return new DeliveryMessage(subject, $"<p>{WebUtility.HtmlEncode(subject)}</p>", subject,
            [new DeliveryAttachment(pdf.FileName, "application/pdf", pdf.Bytes)], null);
    }
}
