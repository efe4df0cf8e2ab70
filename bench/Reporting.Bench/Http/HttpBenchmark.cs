using System.Text;
using System.Text.Json;
using Reporting.Bench.Cube;

namespace Reporting.Bench.Http;

/// <summary>
/// Requests/s and p50/p99 latency over loopback for each <see cref="HttpTargets"/> URL: the real
/// server started against the benchmark's database, each answer checked once, a short wrk run to
/// warm up (JIT, connections, the cube cache filled), then timed wrk runs of a fixed length; and
/// the server's peak memory (VmHWM) at the end. wrk and the server share the machine's cores. The
/// requests are a scoped user's (<see cref="ScopedUser"/>), their answers checked against the cube's in that scope.
/// </summary>
public sealed class HttpBenchmark(CubeData data, Workspace workspace, BenchOptions options)
{
    private const int WarmUpSeconds = 2;

    public IEnumerable<Figure> Run()
    {
        Wrk.Require();
        // The cube's answers first: the server will hold the database file, and DuckDB lets one process write it.
        var targets = HttpTargets.All;
        var expected = targets.ToDictionary(t => t, t => t.Expect is { } q ? data.AnswerAs(q, ScopedUser.Scope).Rows.Count : (int?)null);
        ScopedUser.Add(data.Path);
        using var server = ServerProcess.Start(data.Path, workspace.File("server.log"));
        var cookie = ScopedUser.SignIn(server.Address);
        Console.WriteLine($"http: server pid {server.Id} listening on {server.Address}, {Wrk.Describe}, {options.HttpSeconds} s per run");
        var figures = new List<Figure>();
        foreach (var target in targets)
        {
            var url = new Uri(server.Address, target.Path);
            Check(url, target, expected[target], cookie);
            Console.WriteLine($"http: {target.Name} …");
            Wrk.Run(url, target, WarmUpSeconds, cookie);
            var runs = Enumerable.Range(0, options.Runs).Select(_ => Wrk.Run(url, target, options.HttpSeconds, cookie)).ToList();
            if (runs.Sum(r => r.StatusErrors + r.SocketErrors) > 0)
            {
                throw new InvalidOperationException($"{target.Name}: {runs.Sum(r => r.StatusErrors)} answers not 2xx and "
                    + $"{runs.Sum(r => r.SocketErrors)} socket errors under load; {server.Describe()}");
            }
            figures.Add(Http(target, "throughput", $"{target.Name}: {Wrk.Describe}", Figure.RequestsPerSecond, runs.Select(r => r.RequestsPerSecond)));
            figures.Add(Http(target, "p50", $"{target.Name}: latency p50", Figure.Seconds, runs.Select(r => r.P50Seconds)));
            figures.Add(Http(target, "p99", $"{target.Name}: latency p99", Figure.Seconds, runs.Select(r => r.P99Seconds)));
        }
        figures.Add(Figure.Of("http", "server peak memory (VmHWM), after all runs", Figure.MiB, [server.PeakMemoryMiB()]) with { Mode = "memory" });
        return figures;
    }

    /// <summary>One request before any timing: it must succeed and carry as many rows as the cube's own answer.</summary>
    private static void Check(Uri url, HttpTarget target, int? rows, string cookie)
    {
        using var client = new HttpClient();
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        using var request = new HttpRequestMessage(new HttpMethod(target.Method), url);
        if (target.Body is { } body)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }
        using var response = client.Send(request);
        var text = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{target.Name}: {(int)response.StatusCode} {text}");
        }
        using var json = JsonDocument.Parse(text);
        var answered = target.EmbedView ? json.RootElement.GetProperty("charts")[0].GetProperty("rows").GetArrayLength() : json.RootElement.GetProperty("data").GetArrayLength();
        rows ??= target.EmbedView ? CubeRows(client, url, json.RootElement.GetProperty("charts")[0].GetProperty("query")) : null;
        if (rows is { } expected && answered != expected)
        {
            throw new AnswerMismatchException($"{target.Name}: the server answered {answered} rows, the cube {expected}");
        }
    }

    /// <summary>The rows the server's cube API answers for a chart's own query.</summary>
    private static int CubeRows(HttpClient client, Uri url, JsonElement query)
    {
        using var content = new StringContent(query.GetRawText(), Encoding.UTF8, "application/json");
        using var response = client.PostAsync(new Uri(url, "/api/cube/query"), content).GetAwaiter().GetResult();
        using var json = JsonDocument.Parse(response.EnsureSuccessStatusCode().Content.ReadAsStringAsync().GetAwaiter().GetResult());
        var rows = json.RootElement.GetProperty("data").GetArrayLength();
        return rows > 0 ? rows : throw new AnswerMismatchException($"the embedded chart's query has no rows: {query.GetRawText()}");
    }

    private static Figure Http(HttpTarget target, string mode, string subject, string unit, IEnumerable<double> values) =>
        Figure.Of("http", subject, unit, values) with { Mode = mode, Side = target.Name };
}
