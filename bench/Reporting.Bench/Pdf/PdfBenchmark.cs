using System.Diagnostics;
using System.Globalization;
using Reporting.Bench.Http;
using Reporting.Core.Storage;
using Reporting.Seed;

namespace Reporting.Bench.Pdf;

/// <summary>
/// The EBR pack through the real server (GET /accounts/{id}/ebr.pdf, Chromium kept warm by the
/// server): the first pack (cold: JIT, Chromium's launch, the cube cache empty), one pack warm (the
/// same account again, the median of several), and batches of 50 distinct accounts requested as
/// many at once as the server renders (Reporting:Pdf:Concurrency, 2). Over the seed's demo data,
/// 200 accounts × 12 months. Memory: the server's peak (VmHWM) and what its Chromium holds after
/// the batches (the resident memory of the server's descendant processes).
/// </summary>
public sealed class PdfBenchmark(Workspace workspace, BenchOptions options)
{
    private const int Accounts = 200;
    private const int Batch = 50;
    private const int Concurrency = 2;
    private const int WarmRuns = 7;

    public IEnumerable<Figure> Run()
    {
        var database = Seed();
        using var server = ServerProcess.Start(database, workspace.File("pdf-server.log"));
        using var client = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromMinutes(5) };
        Console.WriteLine($"pdf: server pid {server.Id} on {server.Address}, {Accounts} accounts");
        var figures = new List<Figure>
        {
            Figure.Of("pdf", "EBR pack, first (cold: Chromium launch, JIT, empty cube cache)", Figure.Seconds, [Time(client, "ACC-0001")]) with { Mode = "cold", Side = "pdf" },
        };
        var warm = Enumerable.Range(0, WarmRuns).Select(_ => Time(client, "ACC-0001")).ToList();
        figures.Add(Figure.Of("pdf", "EBR pack, warm (the same account again)", Figure.Seconds, warm) with { Mode = "warm", Side = "pdf" });
        var batches = Enumerable.Range(0, options.Runs).Select(run => Batched(client, run)).ToList();
        figures.Add(Figure.Of("pdf", $"EBR packs, batch of {Batch} distinct accounts, {Concurrency} at once", Figure.Seconds, batches) with { Mode = "batch", Side = "pdf", Rows = Batch });
        figures.Add(Figure.Of("pdf", "server peak memory (VmHWM), after the batches", Figure.MiB, [server.PeakMemoryMiB()]) with { Mode = "memory" });
        figures.Add(Figure.Of("pdf", "Chromium and Playwright driver resident memory, after the batches", Figure.MiB, [DescendantsMiB(server.Id)]) with { Mode = "memory" });
        return figures;
    }

    private string Seed()
    {
        var path = workspace.FreshDatabase("ebr.duckdb");
        var clock = Stopwatch.StartNew();
        using (var database = ReportingDatabase.Open(path))
        {
            DemoDataSeeder.Seed(database, new SeedOptions { Accounts = Accounts, Months = 12 });
        }
        Console.WriteLine($"pdf: seeded {Accounts} accounts × 12 months in {clock.Elapsed.TotalSeconds:0.0} s");
        return path;
    }

    /// <summary>One batch: accounts run·50+1 … run·50+50 (distinct per run, so each pack's own queries are new), two at a time.</summary>
    private static double Batched(HttpClient client, int run)
    {
        var accounts = Enumerable.Range(run * Batch % Accounts + 1, Batch).Select(i => $"ACC-{(i - 1) % Accounts + 1:D4}").ToList();
        var clock = Stopwatch.StartNew();
        Parallel.ForEach(accounts, new ParallelOptions { MaxDegreeOfParallelism = Concurrency }, account => Time(client, account));
        var seconds = clock.Elapsed.TotalSeconds;
        Console.WriteLine($"pdf: batch {run + 1}: {Batch} packs in {seconds:0.0} s ({seconds / Batch:0.00} s a pack)");
        return seconds;
    }

    private static double Time(HttpClient client, string account)
    {
        var clock = Stopwatch.StartNew();
        using var response = client.GetAsync($"/accounts/{account}/ebr.pdf").GetAwaiter().GetResult();
        var bytes = response.Content.ReadAsByteArrayAsync().GetAwaiter().GetResult();
        var seconds = clock.Elapsed.TotalSeconds;
        if (!response.IsSuccessStatusCode || bytes.Length < 5 || bytes[0] != '%' || bytes[1] != 'P')
        {
            throw new InvalidOperationException($"pdf: {account}: {(int)response.StatusCode} {System.Text.Encoding.UTF8.GetString(bytes.Take(400).ToArray())}");
        }
        return seconds;
    }

    /// <summary>The summed resident memory of every process below <paramref name="root"/> (Playwright's driver, Chromium's processes).</summary>
    private static double DescendantsMiB(int root)
    {
        var parents = Directory.GetDirectories("/proc").Select(Path.GetFileName).Where(n => n!.All(char.IsAsciiDigit))
            .Select(n => (Pid: int.Parse(n!, CultureInfo.InvariantCulture), Parent: Parent(n!))).Where(p => p.Parent is not null).ToList();
        var below = new HashSet<int> { root };
        for (var grew = true; grew;)
        {
            grew = false;
            foreach (var (pid, parent) in parents.Where(p => !below.Contains(p.Pid) && below.Contains(p.Parent!.Value)))
            {
                grew |= below.Add(pid);
            }
        }
        below.Remove(root);
        return below.Sum(ResidentKiB) / 1024.0;
    }

    private static int? Parent(string pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            return int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return null;   // gone meanwhile
        }
    }

    private static long ResidentKiB(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line["VmRSS:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
