using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Reporting.Browser.Tests.Infrastructure;
using Reporting.Core.Access;
using Reporting.Core.Storage;
using Reporting.Tests.OidcProvider;

namespace Reporting.Browser.Tests.SignIn;

/// <summary>
/// The test OpenID provider and a seeded server that signs in there (with <see cref="OidcTeam"/>'s
/// team and accounts), and one Chromium. Each sign-in happens in a fresh browser context, through the
/// provider's own login page.
/// </summary>
public sealed class OidcSignInFixture : IAsyncLifetime
{
    private IPlaywright? playwright;
    private IBrowser? browser;

    public OidcTestProvider Provider { get; private set; } = null!;

    public LiveServer Server { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        playwright = await Playwright.CreateAsync();
        browser = await Chromium.LaunchAsync(playwright);
        var port = LiveServer.FreePort();
        Provider = new OidcTestProvider(new Uri($"http://127.0.0.1:{port}"), OidcTeam.ProviderUsers);
        var settings = Provider.AppSettings();
        foreach (var (key, value) in OidcTeam.RoleGroupSettings)
        {
            settings[key] = value;
        }
        settings["Reporting:Alerts:Enabled"] = "false";
        Server = new LiveServer(settings, port, services =>
        {
            services.AddSingleton<IStartupFilter, WhoAmI>();
        }, seed: (OidcTeam.Accounts, 3));
        OidcTeam.Write(Server.Services.GetRequiredService<ReportingDatabase>());
    }

    /// <summary>A fresh browser context, on the app's address.</summary>
    public async Task<WatchedPage> NewPageAsync()
    {
        var context = await browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Server.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            AcceptDownloads = true,
            Locale = "en-US",
        });
        return new WatchedPage(context, await context.NewPageAsync());
    }

    /// <summary>
    /// Opens the page <paramref name="returnUrl"/>, which sends the browser to the sign-in page, takes
    /// its "organisation's account" button, types <paramref name="user"/>'s login into the provider's login
    /// page and waits until the browser is back on the app, past the callback.
    /// </summary>
    public async Task<WatchedPage> SignInAsync(OidcTestUser user, string returnUrl = "/")
    {
        var page = await NewPageAsync();
        await page.Page.GotoAsync(returnUrl);
        await page.Page.ClickAsync("[data-testid=sign-in-oidc]");
        Assert.StartsWith(Provider.Issuer.GetLeftPart(UriPartial.Authority), page.Page.Url, StringComparison.Ordinal);
        await page.Page.FillAsync("input[name=login]", user.Login);
        await page.Page.FillAsync("input[name=password]", "any password: the test provider checks none");
        await page.Page.ClickAsync("button[type=submit]");
        var app = Server.BaseAddress.GetLeftPart(UriPartial.Authority);
        await page.Page.WaitForURLAsync(url => url.StartsWith(app, StringComparison.Ordinal) && !url.Contains("/signin-oidc", StringComparison.Ordinal),
            new PageWaitForURLOptions { WaitUntil = WaitUntilState.Load });
        return page;
    }

    /// <summary>The server's audit log, newest first.</summary>
    public IReadOnlyList<AuditEntry> Audit() => new AuditLog(Server.Services.GetRequiredService<ReportingDatabase>()).Recent(1000);

    /// <summary>Whom the browser context's session names (null: nobody).</summary>
    public static async Task<WhoAmI.Answer?> WhoAmIAsync(WatchedPage page)
    {
        var response = await page.Page.Context.APIRequest.GetAsync(WhoAmI.Path);
        var text = await response.TextAsync();
        return System.Text.Json.JsonSerializer.Deserialize<WhoAmI.Answer?>(text, System.Text.Json.JsonSerializerOptions.Web);
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }
        playwright?.Dispose();
        Server?.Dispose();
        Provider?.Dispose();
    }
}
