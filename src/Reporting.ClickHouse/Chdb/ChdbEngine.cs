using System.Collections.Concurrent;

namespace Reporting.ClickHouse.Chdb;

/// <summary>
/// Embedded ClickHouse (chDB) on one data folder. chDB boots one engine per process on one folder
/// and is not meant to be shut down and booted again, so the engine is opened once per process and
/// lives until it ends; a second folder in the same process is refused. Statements run on pooled
/// sessions, one statement per session at a time; the first session stays open so the engine does.
/// </summary>
public sealed class ChdbEngine
{
    private static readonly Lock Gate = new();
    private static ChdbEngine? opened;

    private readonly ConcurrentBag<ChdbSession> idle = [];
    private readonly string[] arguments;

    private ChdbEngine(string folder)
    {
        Folder = folder;
        arguments = [$"--path={folder}"];
        idle.Add(ChdbSession.Connect(arguments));
    }

    /// <summary>The data folder, absolute.</summary>
    public string Folder { get; }

    /// <summary>The process's engine on <paramref name="folder"/>: opened on first use, shared after.</summary>
    public static ChdbEngine Open(string folder)
    {
        ChdbLibrary.EnsureLoaded();
        var full = Path.GetFullPath(folder);
        lock (Gate)
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
        var session = idle.TryTake(out var free) ? free : ChdbSession.Connect(arguments);
        try
        {
            return session.Prepare(context.Database, context.Settings) ?? statement(session);
        }
        finally
        {
            idle.Add(session);
        }
    }
}

/// <summary>The database a statement runs in and the settings it runs with.</summary>
public sealed record ChdbContext(string Database, IReadOnlyDictionary<string, string> Settings);
