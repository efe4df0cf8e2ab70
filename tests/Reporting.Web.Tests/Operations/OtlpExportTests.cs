using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Reporting.Web.Tests.Operations;

/// <summary>
/// With OTEL_EXPORTER_OTLP_ENDPOINT set (here to a collector stand-in on loopback that accepts anything
/// posted), the server's spans leave over OTLP/HTTP to /v1/traces. Bounded: the test waits at most 20 s.
/// </summary>
public sealed class OtlpExportTests
{
    [Fact]
    public async Task Traces_are_posted_to_the_configured_collector()
    {
        using var collector = new TcpListener(IPAddress.Loopback, 0);
        collector.Start();
        var port = ((IPEndPoint)collector.LocalEndpoint).Port;
        using var server = new ReportingWebFactory(new()
        {
            ["Tests:Seed"] = "false",
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = $"http://127.0.0.1:{port}",
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            ["OTEL_BSP_SCHEDULE_DELAY"] = "100",
            ["OTEL_METRIC_EXPORT_INTERVAL"] = "60000",
        });
        using var client = server.CreateClient();

        await client.GetAsync("/api/cube/meta");
        var request = await FirstRequestLine(collector, TimeSpan.FromSeconds(20));

        Assert.Equal("POST /v1/traces HTTP/1.1", request);
    }

    /// <summary>The request line of the first HTTP request the collector receives for traces, answered 200.</summary>
    private static async Task<string> FirstRequestLine(TcpListener collector, TimeSpan within)
    {
        using var timeout = new CancellationTokenSource(within);
        while (true)
        {
            using var connection = await collector.AcceptTcpClientAsync(timeout.Token);
            var stream = connection.GetStream();
            var buffer = new byte[64 * 1024];
            var read = await stream.ReadAsync(buffer, timeout.Token);
            var line = Encoding.ASCII.GetString(buffer, 0, read).Split("\r\n")[0];
            await stream.WriteAsync("HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"u8.ToArray(), timeout.Token);
            if (line.Contains("/v1/traces", StringComparison.Ordinal))
            {
                return line;
            }
        }
    }
}
