using System.Runtime.InteropServices;

namespace Reporting.Bench.Machine;

/// <summary>
/// What the benchmark started outside itself (a PostgreSQL cluster, the server, the temporary
/// folder) is disposed when the process is told to stop (Ctrl+C, SIGTERM, SIGHUP), newest first,
/// before the signal ends it; a normal run disposes each through its using block and unregisters it.
/// </summary>
public static class Cleanup
{
    private static readonly List<IDisposable> Items = [];
    private static readonly Lock Gate = new();
    private static readonly PosixSignalRegistration[] Registrations =
        [.. new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP }.Select(s => PosixSignalRegistration.Create(s, OnSignal))];

    public static void Register(IDisposable item)
    {
        GC.KeepAlive(Registrations);
        lock (Gate)
        {
            Items.Add(item);
        }
    }

    public static void Unregister(IDisposable item)
    {
        lock (Gate)
        {
            Items.Remove(item);
        }
    }

    private static void OnSignal(PosixSignalContext context)
    {
        IDisposable[] items;
        lock (Gate)
        {
            items = [.. Items];
            Items.Clear();
        }
        Console.Error.WriteLine($"bench: {context.Signal}: stopping what the benchmark started …");
        foreach (var item in items.Reverse())
        {
            try
            {
                item.Dispose();
            }
            catch (Exception e) when (e is IOException or InvalidOperationException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"bench: cleanup failed: {e.Message}");
            }
        }
    }
}
