namespace Reporting.ClickHouse.Chdb;

/// <summary>
/// Embedded ClickHouse (chDB) on one data folder. chDB boots one engine per process on one folder
/// and is not meant to be shut down and booted again, so the engine is opened once per process and
/// lives until it ends; a second folder in the same process is refused. Statements run on pooled
/// sessions, one statement per session at a time; the first session stays open so the engine does,
/// until the process exits and the engine is shut down.
/// </summary>
public sealed class ChdbEngine
{
    private static readonly Lock OpenGate = new();
    private static ChdbEngine? opened;

    private readonly object sessions = new();
    private readonly Stack<ChdbSession> idle = new();
    private readonly string[] arguments;
    private int busy;
    private bool closed;

    private ChdbEngine(string folder)
    {
        Folder = folder;
        arguments = [$"--path={folder}"];
        idle.Push(ChdbSession.Connect(arguments));
        // Left running at exit, chDB's own exit handlers can wait forever on its background pools
        // (seen after a large seed): every session is closed and the engine's threads joined first.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => ShutDown();
    }

    /// <summary>The data folder, absolute.</summary>
    public string Folder { get; }

    /// <summary>The process's engine on <paramref name="folder"/>: opened on first use, shared after.</summary>
    public static ChdbEngine Open(string folder)
    {
        ChdbLibrary.EnsureLoaded();
        var full = Path.GetFullPath(folder);
        lock (OpenGate)
        {
            if (opened is null)
            {
                Directory.CreateDirectory(full);
                opened = new ChdbEngine(full);
            }
            return opened.Folder == full
                ? opened
                : throw new InvalidOperationException($"chDB runs one data folder per process: '{opened.Folder}' is open, so '{full}' cannot be. " +
                    "Use one chdb: folder per process (databases inside it keep data apart).");
        }
    }

    public ChdbAnswer Query(string sql, string format, IReadOnlyList<KeyValuePair<string, string>> parameters, ChdbContext context) =>
        Run(context, session => session.Query(sql, format, parameters));

    public ChdbAnswer Insert(string insert, string format, Stream data, ChdbContext context) =>
        Run(context, session => session.Insert(insert, format, data));

    private ChdbAnswer Run(ChdbContext context, Func<ChdbSession, ChdbAnswer> statement)
    {
        var session = Take();
        try
        {
            return session.Prepare(context.Database, context.Settings) ?? statement(session);
        }
        finally
        {
            Return(session);
        }
    }

    private ChdbSession Take()
    {
        lock (sessions)
        {
            ObjectDisposedException.ThrowIf(closed, this);
            busy++;
            if (idle.TryPop(out var free))
            {
                return free;
            }
        }
        try
        {
            return ChdbSession.Connect(arguments);
        }
        catch
        {
            Return(null);
            throw;
        }
    }

    private void Return(ChdbSession? session)
    {
        lock (sessions)
        {
            busy--;
            if (closed)
            {
                session?.Dispose();
                Monitor.PulseAll(sessions);
            }
            else if (session is not null)
            {
                idle.Push(session);
            }
        }
    }

    /// <summary>Closes the idle sessions, waits a little for busy ones to finish, then joins the engine's threads.</summary>
    private void ShutDown()
    {
        lock (sessions)
        {
            closed = true;
            while (idle.TryPop(out var session))
            {
                session.Dispose();
            }
            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (busy > 0 && DateTime.UtcNow < deadline)
            {
                Monitor.Wait(sessions, TimeSpan.FromMilliseconds(200));
            }
            if (busy > 0)
            {
                return; // a statement still running: leave the engine to its own exit handlers
            }
        }
        ChdbNative.Shutdown();
    }
}

/// <summary>The database a statement runs in and the settings it runs with.</summary>
public sealed record ChdbContext(string Database, IReadOnlyDictionary<string, string> Settings);
