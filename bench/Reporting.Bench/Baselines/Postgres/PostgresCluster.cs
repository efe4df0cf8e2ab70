using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Reporting.Bench.Machine;

namespace Reporting.Bench.Baselines.Postgres;

/// <summary>
/// A private PostgreSQL cluster for one benchmark run: initdb in a temporary folder, started on a
/// free loopback port (no Unix socket outside that folder), run as the unprivileged "postgres"
/// user when we are root (postgres refuses root), stopped and removed on dispose, also when the
/// benchmark fails or is interrupted. Durability is off (fsync, full-page writes): the data is
/// thrown away, and loading should measure PostgreSQL, not the disk.
/// </summary>
public sealed class PostgresCluster : IDisposable
{
    /// <summary>Memory for sorts and hashes large enough that percentiles over 10M rows sort in memory on both sides.</summary>
    public const string Settings = "fsync off, synchronous_commit off, full_page_writes off, shared_buffers 512MB, work_mem 256MB, up to 2 parallel workers";

    private static readonly string[] ServerOptions =
    [
        "-c listen_addresses=127.0.0.1", "-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off",
        "-c shared_buffers=512MB", "-c work_mem=256MB", "-c max_wal_size=8GB", "-c max_parallel_workers_per_gather=2",
    ];

    private readonly string bin;
    private readonly string folder;
    private int stopped;

    private PostgresCluster(string bin, string folder, int port)
    {
        this.bin = bin;
        this.folder = folder;
        Port = port;
    }

    public int Port { get; }

    public string Version { get; private set; } = "";

    private string DataFolder => Path.Combine(folder, "data");

    /// <summary>Pooling off gives each connection a new backend: its catalog and plan caches empty.</summary>
    public string ConnectionString(bool pooling) => string.Create(CultureInfo.InvariantCulture,
        $"Host=127.0.0.1;Port={Port};Username=bench;Database=postgres;Pooling={pooling};Command Timeout=0;Timeout=60");

    public static PostgresCluster Start()
    {
        var bin = FindBin() ?? InstallAndFind();
        var folder = AsServerUser(bin, "mktemp", ["-d", Path.Combine(Path.GetTempPath(), "reporting-bench-pg-XXXXXX")]).Trim();
        var cluster = new PostgresCluster(bin, folder, FreePort());
        Cleanup.Register(cluster);
        try
        {
            cluster.InitAndStart();
            return cluster;
        }
        catch
        {
            cluster.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref stopped, 1) == 1)
        {
            return;
        }
        Cleanup.Unregister(this);
        try
        {
            if (File.Exists(Path.Combine(DataFolder, "postmaster.pid")))
            {
                AsServerUser(bin, Path.Combine(bin, "pg_ctl"), ["-D", DataFolder, "-m", "immediate", "-w", "stop"]);
            }
        }
        finally
        {
            RemoveFolder();
        }
    }

    /// <summary>The server's last processes may still be removing their files for a moment after pg_ctl returns.</summary>
    private void RemoveFolder()
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
                return;
            }
            catch (IOException) when (attempt < 10)
            {
                Thread.Sleep(200);
            }
        }
    }

    private void InitAndStart()
    {
        var pgCtl = Path.Combine(bin, "pg_ctl");
        AsServerUser(bin, Path.Combine(bin, "initdb"), ["-D", DataFolder, "-U", "bench", "--auth=trust", "--encoding=UTF8", "--no-locale", "--no-sync"]);
        var options = string.Join(' ', ServerOptions.Append($"-p {Port}").Append($"-k {folder}"));
        AsServerUser(bin, pgCtl, ["-D", DataFolder, "-l", Path.Combine(folder, "server.log"), "-w", "-t", "120", "-o", options, "start"]);
        Version = AsServerUser(bin, Path.Combine(bin, "postgres"), ["--version"]).Trim();
        Console.WriteLine($"postgres: {Version} started on 127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)} in {folder}");
    }

    /// <summary>Runs a cluster program as the "postgres" user when we are root, as ourselves otherwise.</summary>
    private static string AsServerUser(string bin, string program, IReadOnlyList<string> arguments) =>
        Environment.IsPrivilegedProcess
            ? Command.Run("runuser", ["-u", "postgres", "--", program, .. arguments])
            : Command.Run(program, arguments);

    /// <summary>Debian's versioned folder (15 preferred, as the issue asks), else what PATH has.</summary>
    private static string? FindBin()
    {
        var debian = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "pg_ctl")))
                .OrderByDescending(d => d.Contains("/15/", StringComparison.Ordinal)).FirstOrDefault()
            : null;
        return debian ?? (Command.Find("pg_ctl") is { } pgCtl ? Path.GetDirectoryName(Path.GetFullPath(pgCtl)) : null);
    }

    private static string InstallAndFind()
    {
        Prerequisites.Install("postgres");
        return FindBin() ?? throw new InvalidOperationException("PostgreSQL is still missing after bench/setup.sh postgres");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
