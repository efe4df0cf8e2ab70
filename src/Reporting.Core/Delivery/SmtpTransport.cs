using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace Reporting.Core.Delivery;

/// <summary>
/// E-mail over SMTP with MailKit (Reporting:Smtp): one connection per message, STARTTLS as set,
/// authenticating when a user name is set. A refused connection, a timeout or a 4xx reply may pass
/// (transient); a 5xx reply to the message or its recipient will not (permanent).
/// </summary>
public sealed class SmtpTransport(SmtpSettings settings) : IDeliveryTransport
{
    public DeliveryChannel Channel => DeliveryChannel.Email;

    public async Task SendAsync(DeliveryJob job, DeliveryMessage message, CancellationToken cancellationToken)
    {
        var mail = DeliveryMail.Build(job, message, settings.From);
        using var client = new SmtpClient { Timeout = settings.TimeoutSeconds * 1000 };
        try
        {
            await client.ConnectAsync(settings.Host, settings.Port, Tls(settings.StartTls), cancellationToken).ConfigureAwait(false);
            if (!string.IsNullOrEmpty(settings.UserName))
            {
                await client.AuthenticateAsync(settings.UserName, settings.Password ?? "", cancellationToken).ConfigureAwait(false);
            }
            await client.SendAsync(mail, cancellationToken).ConfigureAwait(false);
            await client.DisconnectAsync(true, cancellationToken).ConfigureAwait(false);
        }
        catch (SmtpCommandException e)
        {
            throw new DeliveryTransportException($"SMTP {(int)e.StatusCode}: {e.Message}", permanent: (int)e.StatusCode >= 500, e);
        }
        catch (Exception e) when (e is SocketException or IOException or SmtpProtocolException or ServiceNotConnectedException or TimeoutException
            || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new DeliveryTransportException($"SMTP {settings.Host}:{settings.Port}: {e.Message}", permanent: false, e);
        }
        catch (AuthenticationException e)
        {
            throw new DeliveryTransportException($"SMTP {settings.Host}:{settings.Port} refused the credentials: {e.Message}", permanent: true, e);
        }
    }

    private static SecureSocketOptions Tls(SmtpTls tls) => tls switch
    {
        SmtpTls.Always => SecureSocketOptions.StartTls,
        SmtpTls.None => SecureSocketOptions.None,
        _ => SecureSocketOptions.StartTlsWhenAvailable,
    };
}
