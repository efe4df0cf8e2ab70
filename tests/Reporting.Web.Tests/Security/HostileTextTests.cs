using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;

namespace Reporting.Web.Tests.Security;

/// <summary>
/// The property behind findings 1, 3 and 6 of the hostile-input review: random hostile text as account
/// names, CSM names and survey comments goes in through ingest and comes out inert on every page, in
/// an embed, in CSV and in a PDF: no script or handler the site did not write, the inlined view parses,
/// no CSV field a spreadsheet would run, and the pack prints.
/// </summary>
public sealed class HostileTextTests(HostileTextTests.Site site) : IClassFixture<HostileTextTests.Site>
{
    private const int Count = 8;

    public static IReadOnlyList<string> Texts { get; } = HostileText.Make(seed: 16, Count * 3);

    public static TheoryData<string> Pages => new()
    {
        "/", "/dashboards/support", "/dashboards/sentiment", "/dashboards/surveys", "/dashboards/engagement", "/accounts", "/accounts/R0", "/accounts/R7",
        "/explore?x.cube=surveys&x.measure=surveys.nps_responses&x.dimension=account_name",
        "/explore?x.cube=surveys&x.measure=surveys.nps_responses&x.dimension=csm", "/alerts", "/data",
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_page_stays_inert(string url)
    {
        var response = await site.Client.GetAsync(url);
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        InertMarkup.Assert(page, url);
        if (page.GetElementById("dashboard-view") is { } inlined)
        {
            JsonDocument.Parse(inlined.TextContent).Dispose();
        }
    }

    [Fact]
    public async Task The_accounts_page_shows_each_name_and_csm_as_text()
    {
        var page = new HtmlParser().ParseDocument(await site.Client.GetStringAsync("/accounts"));

        var text = page.Body!.TextContent;
        foreach (var value in Texts.Take(Count * 2))
        {
            Assert.Contains(value.Trim(), text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_embed_of_each_account_stays_inert()
    {
        for (var i = 0; i < Count; i++)
        {
            using var mint = new HttpRequestMessage(HttpMethod.Post, "/api/embed/token")
            {
                Content = JsonContent.Create(new { resource = "dashboard:account", filters = new { account_id = $"R{i}" } }),
            };
            mint.Headers.Add("X-Api-Key", Site.ApiKey);
            var token = (await (await site.Client.SendAsync(mint)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString();

            var page = new HtmlParser().ParseDocument(await site.Client.GetStringAsync($"/embed/{token}"));

            InertMarkup.Assert(page, $"embed of R{i}");
        }
    }

    [Fact]
    public async Task No_csv_field_is_a_formula()
    {
        var query = JsonSerializer.Serialize(new { measures = new[] { "surveys.nps_responses" }, dimensions = new[] { "surveys.account_name", "surveys.csm" } });

        var csv = await site.Client.GetStringAsync("/api/cube/csv?query=" + Uri.EscapeDataString(query));

        var fields = CsvFields(csv);
        Assert.True(fields.Count > Count * 2);
        Assert.All(fields, f => Assert.False(f.Length > 0 && f[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !double.TryParse(f, System.Globalization.CultureInfo.InvariantCulture, out _), f));
        foreach (var name in Texts.Take(Count))
        {
            Assert.Contains(fields, f => f.TrimStart('\'') == name.Trim());
        }
    }

    [Fact]
    public async Task A_pack_prints_the_hostile_name_as_text()
    {
        var response = await site.Client.GetAsync("/accounts/R3/ebr.pdf?from=2026-01-01&to=2026-03-31");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var pdf = Path.Combine(Path.GetTempPath(), $"hostile-{Guid.NewGuid():N}.pdf");
        try
        {
            await File.WriteAllBytesAsync(pdf, await response.Content.ReadAsByteArrayAsync());
            // The name's plain pieces as a reader sees them (pdftotext drops the controls and the bidi mark around them).
            var shown = Reporting.Tests.Pdf.Poppler.Flat(pdf);
            var pieces = Texts[3].Split(['\f', '\u202e', '\u2028', ' ']).Where(p => p.Length > 3 && p.All(c => c < 128)).ToList();
            Assert.NotEmpty(pieces);
            foreach (var piece in pieces)
            {
                Assert.Contains(piece, shown, StringComparison.Ordinal);
            }
        }
        finally
        {
            File.Delete(pdf);
        }
    }

    /// <summary>RFC 4180 fields, read back as a spreadsheet would before it looks at a leading character.</summary>
    private static List<string> CsvFields(string csv)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted && c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c is ',' or '\n')
            {
                fields.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }
        return fields;
    }

    /// <summary>Eight accounts R0–R7 named by <see cref="Texts"/>, their CSMs and comments the next sixteen, loaded through ingest.</summary>
    public sealed class Site : IAsyncLifetime
    {
        public const string ApiKey = "hostile-text-key";

        private readonly ReportingWebFactory factory = new(new()
        {
            ["Tests:Seed"] = "false",
            ["Reporting:ApiKeys:0"] = ApiKey,
        }, new FixedClock(new DateTimeOffset(2026, 4, 15, 12, 0, 0, TimeSpan.Zero)));

        public HttpClient Client { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Client = factory.CreateClient();
            var accounts = Enumerable.Range(0, Count).Select(i => $"R{i},{HostileSite.Quoted(Texts[i])},SMB,{HostileSite.Quoted(Texts[Count + i])}");
            await Load("accounts", "account_id,name,segment,csm\n" + string.Join('\n', accounts));
            var surveys = Enumerable.Range(0, Count).Select(i => $"RS{i},R{i},nps,{i},{HostileSite.Quoted(Texts[2 * Count + i])},2026-0{1 + i % 3}-10T12:00:00Z");
            await Load("surveys", "response_id,account_id,survey_type,score,comment,responded_at\n" + string.Join('\n', surveys));
        }

        private async Task Load(string kind, string csv)
        {
            var response = await Client.PostCsvAsync(ApiKey, kind, csv);
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        }

        public Task DisposeAsync()
        {
            Client.Dispose();
            factory.Dispose();
            return Task.CompletedTask;
        }
    }
}
