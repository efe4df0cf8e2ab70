using MimeKit;

namespace Reporting.Core.Delivery;

/// <summary>
/// The e-mail of a delivery: multipart/alternative (plain text, then HTML) inside multipart/mixed with
/// the attachments; List-Unsubscribe with the signed link and List-Unsubscribe-Post for one click
/// (RFC 8058); a Message-ID made from the delivery id, so a resend after a crash is recognisable.
/// </summary>
public static class DeliveryMail
{
    public static MimeMessage Build(DeliveryJob job, DeliveryMessage message, string from)
    {
        var sender = MailboxAddress.Parse(from);
        var mail = new MimeMessage
        {
            Subject = message.Subject,
            MessageId = MessageId(job.DeliveryId, sender.Domain),
            Date = job.Occurrence,
        };
        mail.From.Add(sender);
        mail.To.Add(MailboxAddress.Parse(job.RecipientEmail));
        mail.Headers.Add("List-Unsubscribe", $"<{job.UnsubscribeUrl.AbsoluteUri}>");
        mail.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        mail.Headers.Add("X-Reporting-Delivery", job.DeliveryId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var body = new BodyBuilder { TextBody = message.Text, HtmlBody = message.Html };
        foreach (var attachment in message.Attachments)
        {
            body.Attachments.Add(attachment.FileName, attachment.Bytes, ContentType.Parse(attachment.ContentType));
        }
        mail.Body = body.ToMessageBody();
        return mail;
    }

    /// <summary>delivery-ID@domain: the same for every attempt and every run of one ledger row.</summary>
    public static string MessageId(long deliveryId, string domain) =>
        $"delivery-{deliveryId.ToString(System.Globalization.CultureInfo.InvariantCulture)}@{(string.IsNullOrEmpty(domain) ? "localhost" : domain)}";
}
