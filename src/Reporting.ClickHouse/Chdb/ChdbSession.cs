using System.Text;

namespace Reporting.ClickHouse.Chdb;

/// <summary>
/// One chDB connection: it runs one statement at a time, and keeps a session's state (the current
/// database, settings) between them, which <see cref="Prepare"/> brings to what a request asks for.
/// </summary>
internal sealed unsafe class ChdbSession : IDisposable
{
    private readonly nint** handle;
    private readonly Dictionary<string, string> settings = new(StringComparer.Ordinal);
    private string database = "default";

    private ChdbSession(nint** handle) => this.handle = handle;

    public static ChdbSession Connect(IReadOnlyList<string> arguments)
    {
        var bytes = arguments.Prepend("clickhouse").Select(a => Encoding.UTF8.GetBytes(a + "\0")).ToArray();
        var pins = bytes.Select(b => System.Runtime.InteropServices.GCHandle.Alloc(b, System.Runtime.InteropServices.GCHandleType.Pinned)).ToArray();
        try
        {
            var argv = stackalloc byte*[bytes.Length];
            for (var i = 0; i < bytes.Length; i++)
            {
                argv[i] = (byte*)pins[i].AddrOfPinnedObject();
            }
            var connection = ChdbNative.Connect(bytes.Length, argv);
            return connection is null || *connection == null
                ? throw new InvalidOperationException($"chDB refused to start with {string.Join(' ', arguments)}; its log names the reason.")
                : new ChdbSession(connection);
        }
        finally
        {
            foreach (var pin in pins)
            {
                pin.Free();
            }
        }
    }

    /// <summary>Switches to <paramref name="wanted"/> and applies <paramref name="wantedSettings"/> the session does not hold yet.</summary>
    public ChdbAnswer? Prepare(string wanted, IReadOnlyDictionary<string, string> wantedSettings)
    {
        if (wanted != database)
        {
            var use = Query($"USE {ClickHouseNames.Quote(wanted)}", "TSV", []);
            if (use.Failed)
            {
                return use;
            }
            database = wanted;
        }
        foreach (var (name, value) in wantedSettings)
        {
            if (settings.TryGetValue(name, out var held) && held == value)
            {
                continue;
            }
            var set = Query($"SET {ClickHouseNames.Quote(name)} = {ClickHouseNames.Literal(value)}", "TSV", []);
            if (set.Failed)
            {
                return set;
            }
            settings[name] = value;
        }
        return null;
    }

    public ChdbAnswer Query(string sql, string format, IReadOnlyList<KeyValuePair<string, string>> parameters)
    {
        var query = Encoding.UTF8.GetBytes(sql);
        var formatBytes = Encoding.UTF8.GetBytes(format);
        var names = parameters.Select(p => Encoding.UTF8.GetBytes(p.Key)).ToArray();
        var values = parameters.Select(p => Encoding.UTF8.GetBytes(p.Value)).ToArray();
        using var pinnedNames = new PinnedBuffers(names);
        using var pinnedValues = new PinnedBuffers(values);
        fixed (byte* q = query, f = formatBytes)
        {
            var result = ChdbNative.QueryWithParameters(*handle, q, (nuint)query.Length, f, (nuint)formatBytes.Length,
                pinnedNames.Pointers, pinnedNames.Lengths, pinnedValues.Pointers, pinnedValues.Lengths, (nuint)parameters.Count);
            return Read(result);
        }
    }

    /// <summary>INSERT … (without FORMAT) fed from <paramref name="data"/> in <paramref name="format"/>, in chunks.</summary>
    public ChdbAnswer Insert(string insert, string format, Stream data)
    {
        var query = Encoding.UTF8.GetBytes(insert);
        var formatBytes = Encoding.UTF8.GetBytes(format);
        nint stream;
        fixed (byte* q = query, f = formatBytes)
        {
            stream = ChdbNative.StreamInsert(*handle, q, (nuint)query.Length, f, (nuint)formatBytes.Length);
        }
        try
        {
            if (Text(ChdbNative.StreamInsertError(stream)) is { } refused)
            {
                return new ChdbAnswer([], refused, 0, 0);
            }
            var chunk = new byte[1 << 20];
            for (var read = data.Read(chunk); read > 0; read = data.Read(chunk))
            {
                fixed (byte* c = chunk)
                {
                    if (ChdbNative.StreamAppend(stream, c, (nuint)read) != 0)
                    {
                        return new ChdbAnswer([], Text(ChdbNative.StreamInsertError(stream)) ?? "chDB refused the data.", 0, 0);
                    }
                }
            }
            return Read(ChdbNative.StreamDone(stream));
        }
        finally
        {
            ChdbNative.DestroyInsertStream(stream);
        }
    }

    public void Dispose() => ChdbNative.Close(handle);

    private static ChdbAnswer Read(nint result)
    {
        try
        {
            if (Text(ChdbNative.ResultError(result)) is { } error)
            {
                return new ChdbAnswer([], error, 0, 0);
            }
            var length = checked((int)ChdbNative.ResultLength(result));
            var output = length == 0 ? [] : new ReadOnlySpan<byte>(ChdbNative.ResultBuffer(result), length).ToArray();
            return new ChdbAnswer(output, null, ChdbNative.ResultRowsRead(result), ChdbNative.ResultRowsWritten(result));
        }
        finally
        {
            ChdbNative.DestroyResult(result);
        }
    }

    private static string? Text(byte* text) =>
        text == null ? null : System.Runtime.InteropServices.Marshal.PtrToStringUTF8((nint)text) is { Length: > 0 } s ? s : null;
}
