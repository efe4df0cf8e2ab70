using System.ComponentModel.DataAnnotations;

namespace Reporting.Documents.Ebr;

/// <summary>Section "Reporting:Pdf": the Chromium that prints packs, how many print at once, how long one may take.</summary>
public sealed class PdfOptions
{
    public const string Section = "Reporting:Pdf";

    /// <summary>Debian's Chromium (CHROMIUM_PATH when set); Playwright never downloads a browser here.</summary>
    [Required]
    public string ChromiumPath { get; set; } =
        Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>Renders at once (pages open in the one warm browser); more wait their turn.</summary>
    [Range(1, 32)]
    public int Concurrency { get; set; } = 2;

    /// <summary>One attempt's limit (load, charts drawn, printed); a failed or late attempt is tried once more.</summary>
    [Range(1, 600)]
    public int TimeoutSeconds { get; set; } = 30;
}
