using Microsoft.Playwright;

namespace Reporting.Browser.Tests.Infrastructure;

/// <summary>
/// Screenshots kept as test output, to look at: bin/…/screenshots/NAME.png (or under
/// REPORTING_SCREENSHOTS). They are written, never compared.
/// </summary>
public static class Screenshots
{
    public static string Folder =>
        Environment.GetEnvironmentVariable("REPORTING_SCREENSHOTS") is { Length: > 0 } folder
            ? folder
            : Path.Combine(AppContext.BaseDirectory, "screenshots");

    public static async Task SaveAsync(this WatchedPage watched, string name)
    {
        Directory.CreateDirectory(Folder);
        await watched.Page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, name + ".png"), FullPage = true });
    }

    /// <summary>A file-name-safe name for a page path: "/dashboards/support" → "dashboards-support", "/" → "overview".</summary>
    public static string NameOf(string path) =>
        path.Trim('/') is { Length: > 0 } trimmed ? trimmed.Replace('/', '-').Split('?')[0] : "overview";
}
