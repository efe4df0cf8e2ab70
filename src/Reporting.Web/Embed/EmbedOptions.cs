namespace Reporting.Web.Embed;

/// <summary>How embeds are signed, framed and limited (section "Reporting:Embed").</summary>
public sealed class EmbedOptions
{
    public const string Section = "Reporting:Embed";

    /// <summary>
    /// The secrets tokens are signed with, each under a key id. Two may be listed while a secret is
    /// rotated: tokens naming either verify. Required outside Development; in Development, without
    /// any, the server makes one up at start-up (its tokens then die with the process).
    /// </summary>
    public List<EmbedKeyOptions> Keys { get; set; } = [];

    /// <summary>The key id new tokens are signed with; by default the first key.</summary>
    public string? SigningKeyId { get; set; }

    /// <summary>The longest a token may live, from issued-at to expiry; longer tokens are refused.</summary>
    public TimeSpan MaxLifetime { get; set; } = TimeSpan.FromHours(12);

    /// <summary>Origins (https://portal.example.com) whose pages may frame embeds; the server's own origin always may.</summary>
    public string[] AllowedOrigins { get; set; } = [];

    /// <summary>Requests one token may make per second, on average, and in a burst.</summary>
    public double RequestsPerSecond { get; set; } = 20;

    public int Burst { get; set; } = 200;

    /// <summary>Refused tokens (401) one client may send per minute, on average, and in a burst; past them every embed request of that client is 429.</summary>
    public double RefusalsPerMinute { get; set; } = 30;

    public int RefusalBurst { get; set; } = 30;

    /// <summary>The origin /embed-demo frames embeds from (another host name or port, as a portal would); by default its own.</summary>
    public string? DemoFrameOrigin { get; set; }
}

/// <summary>A signing secret and the key id tokens name it by (the JWT header's "kid").</summary>
public sealed class EmbedKeyOptions
{
    public string Id { get; set; } = "";

    /// <summary>At least 32 bytes of UTF-8: HS256 wants a key as long as its hash.</summary>
    public string Secret { get; set; } = "";
}
