using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Reporting.Core.Delivery;
using Reporting.Tests.Fixtures.Delivery;

namespace Reporting.Core.Tests.Delivery;

public sealed class WebhookDeliveryTests : IDisposable
{
    private readonly DeliveryWorld world = new();
    private readonly HttpListener listener = new();
    private readonly List<(string Body, string? Delivery)> received = [];
    private readonly string url;

    public WebhookDeliveryTests()
    {
        url = $"http://127.0.0.1:{FreePort()}/hook/";
        listener.Prefixes.Add(url);
        listener.Start();
    }

    [Fact]
    public async Task A_webhook_gets_json_with_the_link_after_a_503_and_a_404_is_not_retried()
    {
        var id = world.Store.Add(DeliveryData.AccountPack("A1", DeliveryData.Address("cfo@acme.example")) with { Channel = DeliveryChannel.Webhook, WebhookUrl = url });
        var answering = Answer([HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK]);

        var summary = await world.RunAsync(DeliveryWorld.December1);
        await answering;

        Assert.Equal(1, summary.Sent);
        var row = Assert.Single(world.Store.Deliveries(id, 10));
        Assert.Equal((DeliveryStatus.Sent, 2), (row.Status, row.Attempts));
        Assert.Equal([row.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)], received.Select(r => r.Delivery).Distinct());
        var json = JsonDocument.Parse(received[1].Body).RootElement;
        Assert.Equal(
            (row.Id, id, "A1 monthly", "cfo@acme.example", "A1", "A1 monthly: A1", "https://reports.example/accounts/A1"),
            (json.GetProperty("deliveryId").GetInt64(), json.GetProperty("subscriptionId").GetInt64(), json.GetProperty("subscription").GetString(),
             json.GetProperty("recipient").GetString(), json.GetProperty("accountId").GetString(), json.GetProperty("subject").GetString(), json.GetProperty("link").GetString()));
        Assert.Equal((id, "cfo@acme.example"), world.Links.TryRead(new Uri(json.GetProperty("unsubscribe").GetString()!).Query[7..]));

        var refusing = Answer([HttpStatusCode.NotFound]);
        var january = await world.RunAsync(new DateTimeOffset(2027, 1, 1, 6, 0, 0, TimeSpan.Zero));
        await refusing;
        Assert.Equal(1, january.Failed);
        Assert.Equal(("webhook answered HTTP 404", 1), (january.Failures[0].LastError, january.Failures[0].Attempts));
    }

    /// <summary>Answers the next requests with these statuses, in order, keeping each body.</summary>
    private Task Answer(IReadOnlyList<HttpStatusCode> statuses) => Task.Run(async () =>
    {
        foreach (var status in statuses)
        {
            var context = await listener.GetContextAsync();
            using var reader = new StreamReader(context.Request.InputStream);
            received.Add((await reader.ReadToEndAsync(), context.Request.Headers["X-Reporting-Delivery"]));
            context.Response.StatusCode = (int)status;
            context.Response.Close();
        }
    });

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        listener.Close();
        world.Dispose();
    }
}
