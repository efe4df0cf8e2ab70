namespace Reporting.Browser.Tests.Infrastructure;

/// <summary>Every page of the site, for tests that visit them all.</summary>
public static class Pages
{
    /// <summary>An account of the seeded data (ids run ACC-0001…).</summary>
    public const string Account = "ACC-0001";

    public static readonly string[] All =
        ["/", "/dashboards/sentiment", "/dashboards/support", "/dashboards/engagement", "/dashboards/revenue", "/accounts", "/accounts/" + Account, "/explore", "/data", "/subscriptions", "/subscriptions/edit"];

    /// <summary>The pages with charts.</summary>
    public static readonly string[] WithCharts =
        ["/", "/dashboards/sentiment", "/dashboards/support", "/dashboards/engagement", "/dashboards/revenue", "/accounts/" + Account, "/explore"];

    public static TheoryData<string> AllPages() => [.. All];

    public static TheoryData<string> ChartPages() => [.. WithCharts];
}
