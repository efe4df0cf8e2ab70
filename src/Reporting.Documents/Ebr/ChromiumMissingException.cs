namespace Reporting.Documents.Ebr;

/// <summary>No Chromium where Reporting:Pdf:ChromiumPath points: the message says how to install it.</summary>
public sealed class ChromiumMissingException(string path) : Exception(
    $"PDF packs need Chromium at {path}, which does not exist. Install it with 'apt-get install -y chromium' (Debian/Ubuntu), " +
    "or point Reporting:Pdf:ChromiumPath (or CHROMIUM_PATH) at a Chromium executable.")
{
    public const string InstallCommand = "apt-get install -y chromium";

    public string Path { get; } = path;
}
