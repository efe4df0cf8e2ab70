using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Reporting.Core.Ebr;
using Reporting.Tests.Pdf;
using Reporting.Web.Tests.Dashboards;

namespace Reporting.Web.Tests.Ebr;

/// <summary>
/// GET /accounts/{id}/ebr.pdf on the seeded site, read back with pdftotext and pdfinfo: the summary's
/// numbers are the KPI API's answers for the account and dates, the risks the signals API's, the
/// plan's actions the plan API's. Pages are saved as PNG under bin/…/ebr-pages.
/// </summary>
public abstract class EbrPdfTests(SeededSite site)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>The default pack's period: its three whole months before today (as the endpoint takes them without dates).</summary>
    private static readonly Core.Cube.Querying.DateRange Period = EbrPeriod.Resolve(null, null, 3, Today);

    private static string Dates => $"from={Period.From:yyyy-MM-dd}&to={Period.To:yyyy-MM-dd}";

    private static string AsOf => EbrPeriod.AsOf(Period, Today).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_summary_tiles_are_the_kpi_api_answers_for_the_account_and_dates_row_by_row()
    {
        var pdf = await Download("ACC-0001", Dates);
        var expected = await site.KpisAsShown($"account=ACC-0001&{Dates}");
        var summary = Poppler.Text(pdf, layout: true, first: 2, last: 2);
        var tiles = site.Factory.Services.GetRequiredService<EbrPackCatalog>().Find(null)!.SummaryKpis;

        Assert.Contains("Executive summary", summary);
        // Three tiles a row: each row's values stand on one line, in order, as the dashboards format them.
        foreach (var row in tiles.Chunk(3))
        {
            var line = @"^\s*" + string.Join(@"\s{2,}", row.Select(id => Regex.Escape(expected[id]))) + @"\s*$";
            Assert.Matches(new Regex(line, RegexOptions.Multiline), summary);
        }
        Poppler.SavePages(pdf, "seeded-ACC-0001");
    }

    [Fact]
    public async Task The_health_score_and_the_risks_are_those_the_early_warning_apis_give_as_of_the_day_after_the_period()
    {
        var pdf = await Download("ACC-0002", Dates);
        var health = await site.Client.GetFromJsonAsync<JsonElement>($"/api/accounts/ACC-0002/health?asOf={AsOf}");
        var signals = await site.Client.GetFromJsonAsync<JsonElement>($"/api/accounts/ACC-0002/signals?asOf={AsOf}");
        var summary = Poppler.Text(pdf, layout: true, first: 2, last: 2);

        var score = health.GetProperty("current").GetProperty("score");
        var shown = score.ValueKind == JsonValueKind.Number ? score.GetDouble().ToString("N0", English) : "—";
        Assert.Matches(new Regex($@"^\s*{Regex.Escape(shown)}\s*$", RegexOptions.Multiline), summary);
        var risks = signals.GetProperty("signals").EnumerateArray().Where(s => s.GetProperty("fired").GetBoolean())
            .OrderByDescending(s => s.GetProperty("severity").GetInt32()).ThenBy(s => s.GetProperty("number").GetInt32())
            .Take(3).Select(s => s.GetProperty("title").GetString()!).ToList();
        var flat = Regex.Replace(Poppler.Text(pdf, first: 2, last: 2), @"\s+", " ");
        Assert.All(risks, title => Assert.Contains(title, flat));
        if (risks.Count == 0)
        {
            Assert.Contains("No warning signal fired", flat);
        }
    }

    [Fact]
    public async Task Every_action_of_the_plan_is_in_the_pack_with_its_owner()
    {
        var pdf = await Download("ACC-0003", Dates);
        var plan = await site.Client.GetFromJsonAsync<JsonElement>($"/api/accounts/ACC-0003/plan?date={AsOf}");
        var text = Poppler.Squeezed(Poppler.Text(pdf));

        var actions = plan.GetProperty("actions").EnumerateArray().ToList();
        Assert.NotEmpty(actions);
        Assert.All(actions, a => Assert.Contains(Poppler.Squeezed($"{a.GetProperty("title").GetString()} {a.GetProperty("owner").GetString()}"), text));
        Assert.Contains(Poppler.Squeezed("The 30-60-90 plan"), text);
    }

    [Fact]
    public async Task The_pdf_names_the_account_has_a_page_per_section_at_least_and_numbers_its_pages()
    {
        var pdf = await Download("ACC-0001", Dates);
        var info = Poppler.Info(pdf);
        var text = Poppler.Text(pdf);
        var account = await site.Client.GetFromJsonAsync<JsonElement>($"/api/accounts/ACC-0001/health?asOf={AsOf}");
        var name = account.GetProperty("account").GetProperty("name").GetString()!;
        var range = Period.From.ToString("MMM yyyy", English) + " – " + Period.To.ToString("MMM yyyy", English);

        var pages = int.Parse(info["Pages"], CultureInfo.InvariantCulture);
        Assert.InRange(pages, 8, 14);   // the cover and seven sections, each from a new page
        Assert.Contains($"Page 2 of {pages}", text);
        Assert.Contains($"Page {pages} of {pages}", text);
        Assert.DoesNotContain("Page 1 of", text);   // the cover has no running header or number
        Assert.Equal($"{name} · Executive Business Review · {range}", info["Title"]);
        Assert.Equal("Customer Success", info["Author"]);
        Assert.Contains("ACC-0001", info["Subject"]);
        Assert.Equal("yes", info["Tagged"]);
        Assert.StartsWith("594.96 x 841.92 pts (A4)", info["Page size"]);
        Assert.StartsWith(name, text.TrimStart()[text.TrimStart().IndexOf(name, StringComparison.Ordinal)..]);
    }

    [Fact]
    public async Task An_unknown_account_is_a_404_problem_and_bad_dates_a_400_naming_the_parameter()
    {
        var missing = await site.Client.GetAsync("/accounts/NOPE/ebr.pdf");
        var badDate = await site.Client.GetAsync("/accounts/ACC-0001/ebr.pdf?from=2026-02-30");
        var reversed = await site.Client.GetAsync("/accounts/ACC-0001/ebr.pdf?from=2026-03-01&to=2026-02-01");
        var pack = await site.Client.GetAsync("/accounts/ACC-0001/ebr.pdf?pack=glossy");

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType!.MediaType);
        Assert.Equal((HttpStatusCode.BadRequest, "from"), (badDate.StatusCode, await Parameter(badDate)));
        Assert.Equal((HttpStatusCode.BadRequest, "from"), (reversed.StatusCode, await Parameter(reversed)));
        Assert.Equal((HttpStatusCode.BadRequest, "pack"), (pack.StatusCode, await Parameter(pack)));
    }

    private static async Task<string?> Parameter(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("parameter").GetString();

    /// <summary>The pack as a file of its own (the name the server gives it), for poppler to read.</summary>
    private async Task<string> Download(string account, string query)
    {
        var response = await site.Client.GetAsync($"/accounts/{account}/ebr.pdf?{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var name = response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName!.Trim('"');
        Assert.Equal($"ebr-{account}-{Period.From:yyyy-MM-dd}-{Period.To:yyyy-MM-dd}.pdf", name);
        var path = Path.Combine(site.Factory.Directory, $"{Guid.NewGuid():N}-{name}");
        await File.WriteAllBytesAsync(path, await response.Content.ReadAsByteArrayAsync());
        return path;
    }
}

public sealed class EbrPdfTestsOnDuckDb(SeededSite site) : EbrPdfTests(site), IClassFixture<SeededSite>;

public sealed class EbrPdfTestsOnClickHouse(SeededSiteOnClickHouse site) : EbrPdfTests(site), IClassFixture<SeededSiteOnClickHouse>;
