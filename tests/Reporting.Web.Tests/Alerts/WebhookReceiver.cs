using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Reporting.Web.Tests.Alerts;

/// <summary>
/// A real HTTP receiver on loopback (Kestrel on 127.0.0.1, a port the OS picks) that records every
/// POST to /hook and answers the status <c>statusFor(n)</c> for the n-th request (1-based).
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<ReceivedPost> posts = new();
    private int count;

    private WebhookReceiver(WebApplication app) => this.app = app;

    /// <summary>The hook's URL, with a query-string token that must never be recorded.</summary>
    public Uri Url { get; private set; } = null!;

    public IReadOnlyList<ReceivedPost> Posts => posts.ToArray();

    public static async Task<WebhookReceiver> StartAsync(Func<int, int> statusFor)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var receiver = new WebhookReceiver(builder.Build());
        receiver.app.MapPost("/hook", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            var body = await reader.ReadToEndAsync();
            var n = Interlocked.Increment(ref receiver.count);
            receiver.posts.Enqueue(new ReceivedPost(
                n, DateTime.UtcNow, request.Headers["X-Reporting-Delivery"].ToString(), request.Headers["X-Reporting-Attempt"].ToString(),
                request.ContentType ?? "", body));
            return Results.StatusCode(statusFor(n));
        });
        await receiver.app.StartAsync();
        receiver.Url = new Uri(receiver.app.Urls.First() + "/hook?token=s3cret");
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

/// <summary>One POST the receiver got: its number, when, the delivery and attempt headers, the content type and the body.</summary>
public sealed record ReceivedPost(int Number, DateTime At, string Delivery, string Attempt, string ContentType, string Body);
