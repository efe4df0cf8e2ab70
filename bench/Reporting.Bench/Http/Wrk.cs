using System.Globalization;
using System.Text.Json;
using Reporting.Bench.Machine;

namespace Reporting.Bench.Http;

/// <summary>One wrk run against a URL for a fixed time, read from the line request.lua prints at the end.</summary>
public sealed record WrkRun(long Requests, double Seconds, double P50Seconds, double P99Seconds, long SocketErrors, long StatusErrors)
{
    public double RequestsPerSecond => Requests / Seconds;
}

/// <summary>Runs wrk (installed from Debian when missing) with a bounded duration, connections and threads.</summary>
public static class Wrk
{
    public const int Threads = 1;
    public const int Connections = 32;

    public static string Describe => string.Create(CultureInfo.InvariantCulture, $"wrk -t{Threads} -c{Connections}");

    public static void Require()
    {
        if (Command.Find("wrk") is null)
        {
            Prerequisites.Install("wrk");
        }
    }

    public static WrkRun Run(Uri url, HttpTarget target, int seconds, string cookie)
    {
        var script = Path.Combine(AppContext.BaseDirectory, "Http", "request.lua");
        var output = Command.Run("wrk",
            [$"-t{Threads}", $"-c{Connections}", $"-d{seconds}s", "--timeout", "5s", "-s", script, url.ToString()],
            new Dictionary<string, string> { ["WRK_METHOD"] = target.Method, ["WRK_BODY"] = target.Body ?? "", ["WRK_COOKIE"] = cookie });
        var line = output.Split('\n').FirstOrDefault(l => l.StartsWith("WRK_RESULT ", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"wrk printed no result: {output}");
        using var json = JsonDocument.Parse(line["WRK_RESULT ".Length..]);
        var root = json.RootElement;
        long Get(string name) => root.GetProperty(name).GetInt64();
        return new WrkRun(Get("requests"), Get("duration_us") / 1e6, Get("p50_us") / 1e6, Get("p99_us") / 1e6, Get("socket_errors"), Get("status_errors"));
    }
}
