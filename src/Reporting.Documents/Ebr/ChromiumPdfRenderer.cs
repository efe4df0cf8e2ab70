using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;
using Reporting.Core.Ebr;
using Reporting.Core.Telemetry;

namespace Reporting.Documents.Ebr;

/// <summary>
/// Prints HTML to PDF with the system Chromium through Playwright: one browser, launched on first
/// use and kept warm (launched again if it dies), at most Reporting:Pdf:Concurrency renders at
/// once, each attempt bounded by the timeout and tried once more when it fails. The page says when
/// its charts are drawn (window.ebrReady) before it prints. Pages are kept between renders: the
/// same renderer process then finds Chart.js already compiled, which halves a warm render. A page
/// is retired after <see cref="UsesPerPage"/> renders, so that what a page accumulates stays bounded.
/// </summary>
public sealed class ChromiumPdfRenderer(IOptions<PdfOptions> options, ILogger<ChromiumPdfRenderer> logger) : IAsyncDisposable
{
    public const int UsesPerPage = 20;

    private static readonly string[] Flags = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private readonly PdfOptions settings = options.Value;
    private readonly SemaphoreSlim slots = new(options.Value.Concurrency);
    private readonly SemaphoreSlim launching = new(1);
    private readonly ConcurrentBag<IPage> idle = [];
    private readonly ConcurrentDictionary<IPage, int> uses = new();
    private IPlaywright? playwright;
    private IBrowser? browser;
    private IBrowserContext? context;

    /// <summary>Whether the configured Chromium exists (without it every render throws <see cref="ChromiumMissingException"/>).</summary>
    public bool Available => File.Exists(settings.ChromiumPath);

    public string ChromiumPath => settings.ChromiumPath;

    public async Task<byte[]> RenderAsync(string html, EbrPaper paper, CancellationToken cancellationToken)
    {
        if (!Available)
        {
            throw new ChromiumMissingException(settings.ChromiumPath);
        }
        await slots.WaitAsync(cancellationToken);
        using var span = ReportingTelemetry.Traces.StartActivity("ebr.print");
        var started = Stopwatch.GetTimestamp();
        var outcome = "failed";
        try
        {
            var pdf = await AttemptTwiceAsync(html, paper, cancellationToken);
            outcome = "printed";
            return pdf;
        }
        catch when (!cancellationToken.IsCancellationRequested)
        {
            ReportingTelemetry.EbrRenderFailures.Add(1);
            throw;
        }
        finally
        {
            slots.Release();
            ReportingTelemetry.EbrRenderDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, new TagList { { "outcome", outcome } });
        }
    }

    private async Task<byte[]> AttemptTwiceAsync(string html, EbrPaper paper, CancellationToken cancellationToken)
    {
        try
        {
            return await AttemptAsync(html, paper, cancellationToken);
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "Printing a PDF failed; trying once more");
            ReportingTelemetry.EbrRenderRetries.Add(1);
            return await AttemptAsync(html, paper, cancellationToken);
        }
    }

    private async Task<byte[]> AttemptAsync(string html, EbrPaper paper, CancellationToken cancellationToken)
    {
        var page = await PageAsync(cancellationToken);
        var printing = PrintAsync(page, html, paper);
        // A late attempt is abandoned: closing its page below ends it; its failure is observed here.
        _ = printing.ContinueWith(t => t.Exception, TaskContinuationOptions.OnlyOnFaulted);
        try
        {
            var pdf = await printing.WaitAsync(TimeSpan.FromSeconds(settings.TimeoutSeconds), cancellationToken);
            if (uses.AddOrUpdate(page, 1, (_, n) => n + 1) < UsesPerPage)
            {
                idle.Add(page);
            }
            else
            {
                await Retire(page);
            }
            return pdf;
        }
        catch
        {
            await Retire(page);
            throw;
        }
    }

    private async Task<byte[]> PrintAsync(IPage page, string html, EbrPaper paper)
    {
        // The window is as wide as the printed page's content, so charts sized to their column in the
        // window are the size they print at (Chromium would shrink every page to fit a wider one).
        await page.SetViewportSizeAsync(ContentWidth(paper), 1100);
        // The realm outlives a new document (Playwright writes it into the same page): forget the last one's signal.
        await page.EvaluateAsync("() => { window.ebrReady = false; }");
        await page.SetContentAsync(html, new PageSetContentOptions { WaitUntil = WaitUntilState.Load });
        await page.WaitForFunctionAsync("() => window.ebrReady === true");
        return await page.PdfAsync(new PagePdfOptions
        {
            Format = paper == EbrPaper.Letter ? "Letter" : "A4",
            PreferCSSPageSize = true,
            PrintBackground = true,
            // The running header and the page numbers are the page's own CSS margin boxes
            // (@page @top-left / @bottom-right), which leave the cover bare; Chromium's header template cannot.
            DisplayHeaderFooter = false,
            Tagged = true,
            Outline = true,
        });
    }

    private async Task Retire(IPage page)
    {
        uses.TryRemove(page, out _);
        await page.CloseAsync();
    }

    /// <summary>The page's width less the 15 mm side margins of ebr.css's @page rule, in CSS pixels (96 per inch).</summary>
    private static int ContentWidth(EbrPaper paper) => (int)Math.Floor(((paper == EbrPaper.Letter ? 215.9 : 210) - 30) / 25.4 * 96);

    /// <summary>An idle page of the warm browser, or a new one (in print media, light, en-US).</summary>
    private async Task<IPage> PageAsync(CancellationToken cancellationToken)
    {
        while (idle.TryTake(out var kept))
        {
            if (!kept.IsClosed && browser is { IsConnected: true })
            {
                return kept;
            }
            uses.TryRemove(kept, out _);
        }
        var shared = await ContextAsync(cancellationToken);
        var page = await shared.NewPageAsync();
        page.SetDefaultTimeout(settings.TimeoutSeconds * 1000f);
        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print, ColorScheme = ColorScheme.Light });
        return page;
    }

    private async Task<IBrowserContext> ContextAsync(CancellationToken cancellationToken)
    {
        if (browser is { IsConnected: true } && context is { } warm)
        {
            return warm;
        }
        await launching.WaitAsync(cancellationToken);
        try
        {
            if (browser is { IsConnected: true } && context is { } launched)
            {
                return launched;
            }
            if (browser is not null)
            {
                logger.LogWarning("Chromium has gone away; launching it again");
                ReportingTelemetry.ChromiumRestarts.Add(1);
                await browser.DisposeAsync();
            }
            playwright ??= await Playwright.CreateAsync();
            browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = settings.ChromiumPath, Headless = true, Args = Flags });
            context = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "en-US", ColorScheme = ColorScheme.Light, TimezoneId = "UTC" });
            // The document is given as content and embeds all it needs (data: URLs are not requests):
            // whatever asks for anything else, the printer fetches nothing.
            await context.RouteAsync("**/*", route => route.AbortAsync("blockedbyclient"));
            return context;
        }
        finally
        {
            launching.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }
        playwright?.Dispose();
        slots.Dispose();
        launching.Dispose();
    }
}
