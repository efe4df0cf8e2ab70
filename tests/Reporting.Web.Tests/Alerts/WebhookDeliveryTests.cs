using Reporting.DuckDb;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Reporting.Core.Alerts;
using Reporting.Core.Signals;

namespace Reporting.Web.Tests.Alerts;

/// <summary>
/// WebhookSender against a real receiver on loopback: retries with exponential backoff until the
/// receiver accepts, gives up after the last attempt, does not retry a refusal, and records every
/// delivery. The alert is HND's "reopens rising" from the scenario fixture as of 2026-04-01.
/// </summary>
public sealed class WebhookDeliveryTests : IAsyncLifetime
{
    private static readonly WebhookSettings Quick = new([]) { MaxAttempts = 4, InitialBackoff = TimeSpan.FromMilliseconds(100), BackoffFactor = 2, Timeout = TimeSpan.FromSeconds(5) };

    private readonly ReportingWebFactory factory = new(new() { ["Tests:Seed"] = "false" });
    private FiredSignal alert = null!;

    public Task InitializeAsync()
    {
        using var client = factory.CreateClient();
        using (var connection = factory.Database.Connect())
        {
            connection.Execute(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Signals", "scenarios.sql")));
        }
        var judged = factory.Services.GetRequiredService<SignalEvaluator>().ForAccount("HND", new DateOnly(2026, 4, 1))!;
        alert = new FiredSignal(judged, judged.Signals.Single(s => s.Id == "reopens_rising"), IsNew: true);
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_failing_receiver_that_recovers_gets_the_alert_on_the_third_attempt()
    {
        await using var receiver = await WebhookReceiver.StartAsync(n => n <= 2 ? 503 : 200);
        var sender = Sender(receiver);

        var result = (await sender.Send(alert, new DateTime(2026, 4, 1, 6, 0, 0, DateTimeKind.Utc))).Single();

        Assert.Equal((3, true, (int?)200, (string?)null), (result.Attempts, result.Delivered, result.StatusCode, result.Error));
        var posts = receiver.Posts;
        Assert.Equal(["1", "2", "3"], posts.Select(p => p.Attempt));
        Assert.Single(posts.Select(p => p.Delivery).Distinct());
        Assert.Equal(result.DeliveryId, posts[0].Delivery);
        // Backoff: 100 ms before the second attempt, 200 ms before the third.
        Assert.True(posts[1].At - posts[0].At >= TimeSpan.FromMilliseconds(95), $"waited {(posts[1].At - posts[0].At).TotalMilliseconds} ms");
        Assert.True(posts[2].At - posts[1].At >= TimeSpan.FromMilliseconds(195), $"waited {(posts[2].At - posts[1].At).TotalMilliseconds} ms");
        // The same JSON each time: the account, the signal with its reasons and evidence, the period.
        Assert.Single(posts.Select(p => p.Body).Distinct());
        Assert.StartsWith("application/json", posts[0].ContentType);
        var body = JsonDocument.Parse(posts[0].Body).RootElement;
        Assert.Equal(("signal.fired", result.DeliveryId, "HND", "Relay Ltd", "reopens_rising", 5),
            (body.GetProperty("type").GetString(), body.GetProperty("delivery_id").GetString(), body.GetProperty("account").GetProperty("id").GetString(),
             body.GetProperty("account").GetProperty("name").GetString(), body.GetProperty("signal").GetProperty("id").GetString(), body.GetProperty("signal").GetProperty("number").GetInt32()));
        Assert.Equal(["reopen_rate rose from 0 to 40 (+40; n 4 → 5)"], body.GetProperty("signal").GetProperty("reasons").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(("2026-01-01", "2026-03-31", "2026-04-01"), (body.GetProperty("period").GetProperty("from").GetString(), body.GetProperty("period").GetProperty("to").GetString(), body.GetProperty("as_of").GetString()));
        // Recorded without the query string's token.
        var recorded = factory.Services.GetRequiredService<SignalLog>().Deliveries().Single();
        Assert.Equal(result with { Webhook = receiver.Url.GetLeftPart(UriPartial.Path) }, recorded);
        Assert.DoesNotContain("s3cret", recorded.Webhook);
    }

    [Fact]
    public async Task A_receiver_that_keeps_failing_gets_every_attempt_and_the_failure_is_recorded()
    {
        await using var receiver = await WebhookReceiver.StartAsync(_ => 500);

        var result = (await Sender(receiver).Send(alert, DateTime.UtcNow)).Single();

        Assert.Equal((4, false, (int?)500, "HTTP 500 Internal Server Error"), (result.Attempts, result.Delivered, result.StatusCode, result.Error));
        Assert.Equal(4, receiver.Posts.Count);
        Assert.Equal(result with { Webhook = receiver.Url.GetLeftPart(UriPartial.Path) }, factory.Services.GetRequiredService<SignalLog>().Deliveries().Single());
    }

    [Fact]
    public async Task A_refusal_is_not_retried()
    {
        await using var receiver = await WebhookReceiver.StartAsync(_ => 400);

        var result = (await Sender(receiver).Send(alert, DateTime.UtcNow)).Single();

        Assert.Equal((1, false, (int?)400), (result.Attempts, result.Delivered, result.StatusCode));
        Assert.Single(receiver.Posts);
    }

    [Fact]
    public async Task A_receiver_that_is_gone_is_a_network_error_retried_then_recorded()
    {
        var gone = new Uri("http://127.0.0.1:9/hook");   // the discard port: nothing listens there

        var result = (await new WebhookSender(new HttpClient(), factory.Services.GetRequiredService<SignalLog>(), Quick with { Webhooks = [gone], MaxAttempts = 2 }, TimeProvider.System)
            .Send(alert, DateTime.UtcNow)).Single();

        Assert.Equal((2, false, (int?)null), (result.Attempts, result.Delivered, result.StatusCode));
        Assert.False(string.IsNullOrEmpty(result.Error));
    }

    private WebhookSender Sender(WebhookReceiver receiver) =>
        new(new HttpClient(), factory.Services.GetRequiredService<SignalLog>(), Quick with { Webhooks = [receiver.Url] }, TimeProvider.System);

    public Task DisposeAsync()
    {
        factory.Dispose();
        return Task.CompletedTask;
    }
}
