namespace Reporting.Core.Delivery;

/// <summary>Reporting:Smtp: where e-mail goes. <see cref="From"/> is the sender's address ("Reports &lt;reports@example.com&gt;" or a bare address).</summary>
public sealed class SmtpSettings
{
    public string Host { get; set; } = "localhost";

    public int Port { get; set; } = 25;

    public SmtpTls StartTls { get; set; } = SmtpTls.Auto;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string From { get; set; } = "reports@localhost";

    /// <summary>How long one connection, command or transfer may take.</summary>
    public int TimeoutSeconds { get; set; } = 30;
}
