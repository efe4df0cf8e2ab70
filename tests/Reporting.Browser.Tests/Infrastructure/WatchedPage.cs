using Microsoft.Playwright;

namespace Reporting.Browser.Tests.Infrastructure;

/// <summary>
/// A page whose console errors, uncaught exceptions and failed or erroring requests are recorded
/// from the start, so a test can assert that nothing went wrong while it ran.
/// </summary>
public sealed class WatchedPage : IAsyncDisposable
{
    private readonly IBrowserContext context;
    private readonly List<string> problems = [];

    public WatchedPage(IBrowserContext context, IPage page)
    {
        this.context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Record($"console error: {message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => Record($"uncaught: {error}");
        page.RequestFailed += (_, request) => Record($"request failed: {request.Method} {request.Url}: {request.Failure}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                Record($"HTTP {response.Status}: {response.Request.Method} {response.Url}");
            }
        };
    }

    public IPage Page { get; }

    public IReadOnlyList<string> Problems
    {
        get
        {
            lock (problems)
            {
                return [.. problems];
            }
        }
    }

    public Task GotoAsync(string path) => Page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });

    /// <summary>The path and query of the page's URL ("/dashboards/support?segment=SMB").</summary>
    public string PathAndQuery => new Uri(Page.Url).PathAndQuery;

    public IReadOnlyDictionary<string, string> Query =>
        System.Web.HttpUtility.ParseQueryString(new Uri(Page.Url).Query) is var q
            ? q.AllKeys.Where(k => k is not null).ToDictionary(k => k!, k => q[k]!)
            : new Dictionary<string, string>();

    /// <summary>Every value of a parameter of the page's URL, in order.</summary>
    public IReadOnlyList<string> QueryValues(string name) =>
        System.Web.HttpUtility.ParseQueryString(new Uri(Page.Url).Query).GetValues(name) ?? [];

    public void AssertNoProblems() => Assert.True(Problems.Count == 0, "The page reported problems:\n" + string.Join("\n", Problems));

    public async ValueTask DisposeAsync() => await context.CloseAsync();

    private void Record(string problem)
    {
        lock (problems)
        {
            problems.Add(problem);
        }
    }
}
