using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Reporting.Web.Tests.SignIn;

namespace Reporting.Web.Tests.Delivery;

/// <summary>
/// /api/subscriptions on the KPI fixture's team: who sees and changes which subscription, and every
/// refusal a 4xx naming its field (Lee's book is Bolt A2; Ng's is Dyna A4).
/// </summary>
public sealed class SubscriptionApiTests(TeamSite site) : IClassFixture<TeamSite>
{
    public static object Digest(string name, string to, Dictionary<string, string>? filters = null, string dashboard = "overview") => new
    {
        name,
        content = new { kind = "dashboard-digest", dashboard, filters = filters ?? new Dictionary<string, string>(), period = "last-3-months" },
        recipients = new[] { new { kind = "member", value = to } },
        schedule = new { kind = "cron", cron = "0 7 * * 1", timeZone = "Europe/Berlin" },
    };

    public static object Pack(string name, string account, string role = "executive") => new
    {
        name,
        content = new { kind = "account-pack", accountId = account },
        recipients = new[] { new { kind = "contact-role", value = role } },
        schedule = new { kind = "before-renewal", daysBefore = 30, timeZone = "UTC", sendAt = "08:00" },
    };

    [Fact]
    public async Task A_csm_creates_a_digest_that_they_and_leaders_see_and_another_csm_does_not()
    {
        using var lee = await site.As(TeamSite.Lee);
        using var ng = await site.As(TeamSite.Ng);
        using var leader = await site.As(TeamSite.Leader);

        var created = await lee.PostAsJsonAsync("/api/subscriptions", Digest("Lee's Monday", TeamSite.Lee));
        var id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Contains(id, await Ids(lee));
        Assert.Contains(id, await Ids(leader));
        Assert.DoesNotContain(id, await Ids(ng));
        Assert.Equal(HttpStatusCode.NotFound, (await ng.GetAsync($"/api/subscriptions/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ng.PutAsJsonAsync($"/api/subscriptions/{id}/paused", new { paused = true })).StatusCode);
        var detail = await lee.GetFromJsonAsync<JsonElement>($"/api/subscriptions/{id}");
        Assert.Equal("dashboard-digest", detail.GetProperty("subscription").GetProperty("subscription").GetProperty("content").GetProperty("kind").GetString());
        Assert.Equal(TeamSite.Lee, detail.GetProperty("subscription").GetProperty("createdBy").GetString());
    }

    [Fact]
    public async Task A_viewer_may_not_make_or_change_a_subscription_because_it_mails_pdfs()
    {
        using var viewer = await site.As(TeamSite.Viewer);
        using var leader = await site.As(TeamSite.Leader);
        var leaders = await CreateAsync(leader, Pack("To Bolt's executives", "A2"));

        using var created = await viewer.PostAsJsonAsync("/api/subscriptions", Pack("Everything to me", "A2"));
        using var paused = await viewer.PutAsJsonAsync($"/api/subscriptions/{leaders}/paused", new { paused = true });
        using var form = await viewer.GetAsync("/subscriptions/edit");

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (created.StatusCode, paused.StatusCode, form.StatusCode));
        Assert.DoesNotContain("new-subscription", await (await viewer.GetAsync("/subscriptions")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pause_resume_and_remove()
    {
        using var lee = await site.As(TeamSite.Lee);
        var id = await CreateAsync(lee, Digest("Pause me", TeamSite.Lee));

        var paused = await lee.PutAsJsonAsync($"/api/subscriptions/{id}/paused", new { paused = true });
        Assert.True((await paused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("paused").GetBoolean());
        var resumed = await lee.PutAsJsonAsync($"/api/subscriptions/{id}/paused", new { paused = false });
        Assert.False((await resumed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("paused").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, (await lee.DeleteAsync($"/api/subscriptions/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await lee.GetAsync("/api/subscriptions/not-a-number")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await lee.GetAsync($"/api/subscriptions/{id}")).StatusCode);
    }

    [Theory]
    [InlineData("pack", "content.accountId", "no account 'A4'")]
    [InlineData("digest-of-A4", "content.filters.account_id", "no account 'A4'")]
    [InlineData("digest-to-contacts", "recipients[0]", "team members only")]
    [InlineData("bad-period", "content.period", "last-N-days")]
    [InlineData("bad-filter", "content.filters.colour", "colour")]
    [InlineData("bad-cron", "schedule.cron", "'every monday' is not a five-field cron expression")]
    public async Task A_csm_cannot_subscribe_what_they_may_not_see_or_what_cannot_be_sent(string body, string field, string message)
    {
        using var lee = await site.As(TeamSite.Lee);
        object request = body switch
        {
            "pack" => Pack("Dyna's pack", "A4"),
            "digest-of-A4" => Digest("Dyna's numbers", TeamSite.Lee, new() { ["account_id"] = "A4" }),
            "digest-to-contacts" => new
            {
                name = "x", content = new { kind = "dashboard-digest", dashboard = "overview" },
                recipients = new[] { new { kind = "contact-role", value = "executive" } },
                schedule = new { kind = "cron", cron = "0 7 * * 1", timeZone = "UTC" },
            },
            "bad-period" => new
            {
                name = "x", content = new { kind = "dashboard-digest", dashboard = "overview", period = "last-week" },
                recipients = new[] { new { kind = "member", value = TeamSite.Lee } }, schedule = new { kind = "cron", cron = "0 7 * * 1", timeZone = "UTC" },
            },
            "bad-filter" => Digest("x", TeamSite.Lee, new() { ["colour"] = "red" }),
            _ => new
            {
                name = "x", content = new { kind = "dashboard-digest", dashboard = "overview" },
                recipients = new[] { new { kind = "member", value = TeamSite.Lee } }, schedule = new { kind = "cron", cron = "every monday", timeZone = "UTC" },
            },
        };

        var response = await lee.PostAsJsonAsync("/api/subscriptions", request);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(field, problem.GetProperty("field").GetString());
        Assert.Contains(message, problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("""{"name":"x","schedule":{"daysBefore":"soon"}}""", 400, "schedule.daysBefore")]
    [InlineData("""{"name":"x","content":{"kind":"newsletter"},"recipients":[],"schedule":{"kind":"cron"}}""", 400, "content.kind")]
    [InlineData("""{"name":"x","content":{"kind":"account-pack"},"recipients":[{"kind":"pigeon","value":"a"}],"schedule":{"kind":"cron"}}""", 400, "recipients[0].kind")]
    [InlineData("""{"name":"x","content":{"kind":"account-pack","accountId":"A2"},"recipients":[{"kind":"member","value":"lee@tests.example"}],"schedule":{"kind":"cron","cron":"0 7 * * *","sendAt":"7 o'clock"}}""", 400, "schedule.sendAt")]
    [InlineData("""{"name": """, 400, "name")]
    [InlineData("null", 400, "body")]
    public async Task A_body_that_is_not_a_subscription_is_a_400_naming_the_field(string json, int status, string field)
    {
        using var lee = await site.As(TeamSite.Lee);

        var response = await lee.PostAsync("/api/subscriptions", new StringContent(json, Encoding.UTF8, "application/json"));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(field, problem.GetProperty("field").GetString());
    }

    [Fact]
    public async Task A_form_post_is_refused_as_not_json_and_an_api_key_is_refused()
    {
        using var lee = await site.As(TeamSite.Lee);

        var form = await lee.PostAsync("/api/subscriptions", new FormUrlEncodedContent(new Dictionary<string, string> { ["name"] = "x" }));
        var anonymous = await site.Factory.CreateAnonymousClient().GetAsync("/api/subscriptions");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, form.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task Only_the_creator_admins_and_leaders_change_a_subscription_its_recipient_sees_it()
    {
        using var lee = await site.As(TeamSite.Lee);
        using var kim = await site.As(TeamSite.Kim);
        var id = await CreateAsync(kim, Digest("Kim for Lee", TeamSite.Lee));

        Assert.Contains(id, await Ids(lee));
        Assert.Equal(HttpStatusCode.NotFound, (await lee.DeleteAsync($"/api/subscriptions/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await site.Admin.PutAsJsonAsync($"/api/subscriptions/{id}/paused", new { paused = true })).StatusCode);
    }

    public static async Task<long> CreateAsync(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/subscriptions", body);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
    }

    private static async Task<List<long>> Ids(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/subscriptions")).EnumerateArray().Select(s => s.GetProperty("id").GetInt64()).ToList();
}
