using Microsoft.Playwright;

namespace Reporting.Browser.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium, driven by Playwright (never Playwright's own browser download). Missing, it
/// fails every browser test with what to do, rather than skipping them.
/// </summary>
public static class Chromium
{
    /// <summary>CHROMIUM_PATH overrides the Debian location (e.g. on macOS).</summary>
    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"The browser tests need Chromium at {ExecutablePath}, which does not exist. Run ./test.sh as root on Debian/Ubuntu " +
                "(it runs 'apt-get install -y chromium'), install Chromium yourself, or set CHROMIUM_PATH to its executable.");
        }
        // Playwright gives each launch a fresh, temporary user-data-dir; the flags keep Chromium
        // from reaching the network or a GPU on its own.
        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }
}
