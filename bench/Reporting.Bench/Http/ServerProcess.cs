using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Reporting.Bench.Machine;

namespace Reporting.Bench.Http;

/// <summary>
/// The real server (Reporting.Web, built in the benchmark's own configuration) started as its own
/// process on a free loopback port against a database file, ready once /healthz answers; killed on
/// dispose, also when the benchmark fails or is interrupted. Its output goes to a log file.
/// </summary>
public sealed class ServerProcess : IDisposable
{
    private readonly Process process;
    private readonly StreamWriter log;
    private readonly string logFile;
    private int stopped;

    private ServerProcess(Process process, StreamWriter log, string logFile, Uri address)
    {
        this.process = process;
        this.log = log;
        this.logFile = logFile;
        Address = address;
    }

    public Uri Address { get; }

    public int Id => process.Id;

    public static ServerProcess Start(string database, string logFile)
    {
        var folder = WebOutputFolder();
        var address = new Uri(string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{FreePort()}"));
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder, // the content root: appsettings.json and reports/ are there
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { Path.Combine(folder, "Reporting.Web.dll"), "--urls", address.ToString() })
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Reporting__Database"] = database;
        foreach (var (key, value) in EmbedToken.ServerSettings)
        {
            start.Environment[key] = value;
        }
        var writer = new StreamWriter(logFile) { AutoFlush = true };
        var process = Process.Start(start) ?? throw new InvalidOperationException("the server did not start");
        var server = new ServerProcess(process, writer, logFile, address);
        Cleanup.Register(server);
        process.OutputDataReceived += server.Write;
        process.ErrorDataReceived += server.Write;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            server.WaitUntilHealthy();
            return server;
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    /// <summary>Whether it still runs, and the last lines it printed: what a failure under load needs said.</summary>
    public string Describe()
    {
        string[] tail;
        lock (log)
        {
            tail = File.ReadLines(logFile).TakeLast(15).ToArray();
        }
        var state = process.HasExited ? $"the server exited with {process.ExitCode}" : "the server still runs";
        return $"{state}; its log ({logFile}) ends:\n{string.Join('\n', tail)}";
    }

    /// <summary>The server's peak resident memory so far (VmHWM in /proc), in MiB.</summary>
    public double PeakMemoryMiB()
    {
        var line = File.ReadLines($"/proc/{process.Id}/status").First(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        var kib = long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
        return kib / 1024.0;
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref stopped, 1) == 1)
        {
            return;
        }
        Cleanup.Unregister(this);
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
        process.Dispose();
        lock (log)
        {
            log.Dispose();
        }
    }

    /// <summary>src/Reporting.Web/bin/&lt;configuration&gt;/&lt;framework&gt;, mirroring where the benchmark itself runs from.</summary>
    private static string WebOutputFolder()
    {
        var benchProject = Path.Combine(RepositoryRoot.Path, "bench", "Reporting.Bench");
        var relative = Path.GetRelativePath(benchProject, AppContext.BaseDirectory);
        var folder = Path.GetFullPath(Path.Combine(RepositoryRoot.Path, "src", "Reporting.Web", relative));
        return File.Exists(Path.Combine(folder, "Reporting.Web.dll"))
            ? folder
            : throw new InvalidOperationException($"Reporting.Web is not built in {folder}; build the benchmark with dotnet run -c Release --project bench/Reporting.Bench");
    }

    private void WaitUntilHealthy()
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromMinutes(2))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException(Describe());
            }
            try
            {
                if (client.GetAsync(new Uri("/healthz", UriKind.Relative)).GetAwaiter().GetResult().StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            Thread.Sleep(200);
        }
        throw new TimeoutException($"the server did not answer /healthz within 2 minutes; {Describe()}");
    }

    private void Write(object sender, DataReceivedEventArgs e)
    {
        lock (log)
        {
            if (e.Data is not null && stopped == 0)
            {
                log.WriteLine(e.Data);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
