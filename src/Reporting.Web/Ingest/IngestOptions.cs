namespace Reporting.Web.Ingest;

/// <summary>Who may load data over HTTP (section "Reporting"). No key has a default: without keys, nobody may.</summary>
public sealed class IngestOptions
{
    public const string Section = "Reporting";

    /// <summary>API keys accepted in the X-Api-Key header; set them from the environment (Reporting__ApiKeys__0=…).</summary>
    public string[] ApiKeys { get; set; } = [];

    /// <summary>The largest upload accepted, in bytes.</summary>
    public long MaxUploadBytes { get; set; } = 1L << 30;
}
