using Microsoft.Playwright;

namespace Reporting.Browser.Tests.Infrastructure;

/// <summary>
/// One seeded server and one Chromium for every browser test (a collection fixture): seeding and
/// launching once keeps the suite quick. Each test opens pages in a context of its own, so no
/// test sees another's theme, viewport or storage.
/// </summary>
public class BrowserFixture : IAsyncLifetime
{
    private IPlaywright? playwright;
    private IBrowser? browser;

    public LiveServer Server { get; private set; } = null!;

    /// <summary>The browser first: without Chromium there is no point seeding a database.</summary>
    public async Task InitializeAsync()
    {
        playwright = await Playwright.CreateAsync();
        browser = await Chromium.LaunchAsync(playwright);
        Server = StartServer();
    }

    /// <summary>The server the pages are opened on (a fixture with settings of its own overrides this).</summary>
    protected virtual LiveServer StartServer() => new();

    /// <summary>A page in a fresh context (1280×900, light, unless the options say otherwise).</summary>
    public async Task<WatchedPage> OpenAsync(string path, BrowserNewContextOptions? options = null)
    {
        var page = await NewPageAsync(options);
        await page.GotoAsync(path);
        return page;
    }

    public async Task<WatchedPage> NewPageAsync(BrowserNewContextOptions? options = null)
    {
        options ??= new BrowserNewContextOptions();
        options.BaseURL = Server.BaseAddress.ToString();
        options.ViewportSize ??= new ViewportSize { Width = 1280, Height = 900 };
        options.ColorScheme ??= ColorScheme.Light;
        options.AcceptDownloads = true;
        options.Locale ??= "en-US";
        var context = await browser!.NewContextAsync(options);
        var session = Server.Session.Cookie;
        // Both names of the server: the embed demo is opened as a portal on localhost.
        await context.AddCookiesAsync(new[] { Server.BaseAddress.ToString(), Server.PortalOrigin }
            .Select(url => new Cookie { Name = session.Name, Value = session.Value, Url = url }));
        return new WatchedPage(context, await context.NewPageAsync());
    }

    public virtual async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }
        playwright?.Dispose();
        Server?.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}

/// <summary>The same seeded server on embedded ClickHouse (chdb:): the seed publishes to the warehouse, every chart reads it.</summary>
public sealed class ClickHouseBrowserFixture : BrowserFixture
{
    protected override LiveServer StartServer() => new(database: Reporting.Tests.Chdb.TestWarehouses.NewLocation());
}

[CollectionDefinition(Name)]
public sealed class ClickHouseBrowserCollection : ICollectionFixture<ClickHouseBrowserFixture>
{
    public const string Name = "browser on ClickHouse";
}
