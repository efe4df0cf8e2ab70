namespace Reporting.Core.Delivery;

/// <summary>STARTTLS: when the server offers it (Auto), required (Always), or never (None, e.g. a relay on loopback).</summary>
public enum SmtpTls
{
    Auto,
    Always,
    None,
}
