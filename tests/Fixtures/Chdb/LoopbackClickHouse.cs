using System.Net;
using System.Net.Sockets;
using System.Text;
using Reporting.ClickHouse;
using Reporting.ClickHouse.Chdb;

namespace Reporting.Tests.Chdb;

/// <summary>
/// A ClickHouse server on loopback for ClickHouse.Driver's network path: real HTTP, Basic
/// authentication, and every statement answered by the embedded engine (chDB) over the same
/// interface a server speaks. <see cref="Address"/> is the clickhouse:// URL to give the module.
/// </summary>
public sealed class LoopbackClickHouse : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly ChdbEngine engine;
    private readonly string password = Guid.NewGuid().ToString("N");
    private readonly Task serving;

    public LoopbackClickHouse(ClickHouseWarehouse embedded, string? cluster = null)
    {
        engine = embedded.Engine ?? throw new ArgumentException("needs an embedded warehouse", nameof(embedded));
        var port = FreePort();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        Address = $"clickhouse://reporting:{password}@127.0.0.1:{port}/{embedded.Database}{(cluster is null ? "" : "?cluster=" + cluster)}";
        serving = Task.Run(Serve);
    }

    public string Address { get; }

    /// <summary>Requests answered so far: proof the statements went over the network.</summary>
    public int Requests { get; private set; }

    public void Dispose()
    {
        listener.Stop();
        listener.Close();
        serving.Wait(TimeSpan.FromSeconds(5));
    }

    private async Task Serve()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception) when (!listener.IsListening)
            {
                return;
            }
            _ = Task.Run(() => Answer(context));
        }
    }

    private void Answer(HttpListenerContext context)
    {
        using var response = context.Response;
        // HttpListener on Linux now and then drops a kept-alive connection the client then reuses
        // ("The response ended prematurely", about one run in two under parallel tests): one request per connection.
        response.KeepAlive = false;
        Requests++;
        if (context.Request.Headers["Authorization"] != "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("reporting:" + password)))
        {
            response.StatusCode = 401;
            return;
        }
        var answer = ChdbHttpHandler.Answer(engine, context.Request.Url?.Query ?? "", context.Request.InputStream);
        response.StatusCode = (int)answer.Status;
        foreach (var (name, value) in answer.Headers())
        {
            response.AddHeader(name, value);
        }
        response.OutputStream.Write(answer.Body);
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
