using System.Globalization;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Reporting.Core.Cube.Model;
using Reporting.Core.Kpis;
using Reporting.Core.Periods;

namespace Reporting.Web.Tests.Dashboards;

/// <summary>
/// kpis.yaml's low_sample_below is the one low-sample setting: raised to 500 on a seeded server, the
/// promoter-share tile and the promoter, passive and detractor chart's table over the same month
/// flag the same value, which rests on 10 or more responses (not low by the shipped setting).
/// </summary>
public sealed class LowSampleSettingTests : IDisposable
{
    private const int Below = 500;

    private readonly ReportingWebFactory server = new();

    private readonly WebApplicationFactory<Program> factory;

    public LowSampleSettingTests()
    {
        var yaml = File.ReadAllText(KpiCatalog.DefaultPath);
        Assert.Contains("low_sample_below: 10\n", yaml, StringComparison.Ordinal);
        factory = server.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddSingleton(s =>
            KpiCatalog.Parse(yaml.Replace("low_sample_below: 10\n", $"low_sample_below: {Below}\n", StringComparison.Ordinal), "kpis.yaml", s.GetRequiredService<SemanticModel>()))));
    }

    [Fact]
    public async Task A_tile_and_the_chart_table_of_the_same_month_agree_on_low_sample()
    {
        using var client = await factory.CreateAdminClientAsync();
        var today = factory.Services.GetRequiredService<ReportingClock>().Today;
        var month = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        var url = $"/dashboards/sentiment?from={month:yyyy-MM-dd}&to={month.AddMonths(1).AddDays(-1):yyyy-MM-dd}&grain=month";
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync(url));
        var view = JsonDocument.Parse(page.GetElementById("dashboard-view")!.TextContent).RootElement;

        var tile = view.GetProperty("tiles").EnumerateArray().Single(t => t.GetProperty("kpi").GetString() == "promoter_share");
        var chart = view.GetProperty("charts").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "nps_mix");
        var measure = chart.GetProperty("series")[0].GetProperty("measure").GetString()!;
        var row = Assert.Single(chart.GetProperty("rows").EnumerateArray());
        var n = tile.GetProperty("n").GetInt64();

        // The same slice: the chart's month rests on the tile's responses; by the shipped 10 it would not be low.
        Assert.Equal(n, row.GetProperty(measure + ".n").GetInt64());
        Assert.InRange(n, 10, Below - 1);
        Assert.True(tile.GetProperty("lowSample").GetBoolean());
        Assert.True(row.GetProperty(measure + ".lowSample").GetBoolean());
        Assert.False(page.QuerySelector("li.tile[data-kpi='promoter_share'] [data-field='low-sample']")!.HasAttribute("hidden"));
        var table = page.QuerySelector("[data-chart='nps_mix'] [data-chart-table]")!;
        Assert.EndsWith("*", table.QuerySelector("tbody tr td")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Equal($"* fewer than {Below} observations: low sample.", table.QuerySelector("p.muted")!.TextContent.Trim());
        Assert.Equal(Below.ToString(CultureInfo.InvariantCulture), page.QuerySelector("script[data-low-sample-below]")!.GetAttribute("data-low-sample-below"));
    }

    public void Dispose()
    {
        factory.Dispose();
        server.Dispose();
    }
}
