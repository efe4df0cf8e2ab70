using System.Runtime.InteropServices;

namespace Reporting.DuckDb.Native;

/// <summary>
/// Base of every handle that owns a DuckDB object. Counts live instances so that tests can prove
/// that nothing outlives its owner.
/// </summary>
internal abstract class NativeHandle : SafeHandle
{
    private static long liveCount;
    private int counted = 1;

    protected NativeHandle() : base(IntPtr.Zero, ownsHandle: true) => Interlocked.Increment(ref liveCount);

    /// <summary>Handle objects created and not yet disposed or finalised.</summary>
    public static long LiveCount => Interlocked.Read(ref liveCount);

    public override bool IsInvalid => handle == IntPtr.Zero;

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (Interlocked.Exchange(ref counted, 0) == 1)
        {
            Interlocked.Decrement(ref liveCount);
        }
    }

    /// <summary>The C API's destroy functions take a pointer to the handle and null it.</summary>
    protected IntPtr TakeHandle() => handle;
}

internal sealed class DatabaseHandle : NativeHandle
{
    protected override bool ReleaseHandle()
    {
        var h = TakeHandle();
        NativeMethods.duckdb_close(ref h);
        return true;
    }
}

internal sealed class ConnectionHandle : NativeHandle
{
    protected override bool ReleaseHandle()
    {
        var h = TakeHandle();
        NativeMethods.duckdb_disconnect(ref h);
        return true;
    }
}

internal sealed class ConfigHandle : NativeHandle
{
    protected override bool ReleaseHandle()
    {
        var h = TakeHandle();
        NativeMethods.duckdb_destroy_config(ref h);
        return true;
    }
}

internal sealed class PreparedStatementHandle : NativeHandle
{
    protected override bool ReleaseHandle()
    {
        var h = TakeHandle();
        NativeMethods.duckdb_destroy_prepare(ref h);
        return true;
    }
}

internal sealed class AppenderHandle : NativeHandle
{
    protected override bool ReleaseHandle()
    {
        var h = TakeHandle();
        // Errors were surfaced by the explicit close; release must not throw.
        NativeMethods.duckdb_appender_destroy(ref h);
        return true;
    }
}

internal sealed class ErrorDataHandle : NativeHandle
{
    protected override bool ReleaseHandle()
    {
        var h = TakeHandle();
        NativeMethods.duckdb_destroy_error_data(ref h);
        return true;
    }
}

internal sealed class DataChunkHandle : NativeHandle
{
    protected override bool ReleaseHandle()
    {
        var h = TakeHandle();
        NativeMethods.duckdb_destroy_data_chunk(ref h);
        return true;
    }
}

internal sealed class LogicalTypeHandle : NativeHandle
{
    protected override bool ReleaseHandle()
    {
        var h = TakeHandle();
        NativeMethods.duckdb_destroy_logical_type(ref h);
        return true;
    }
}

internal sealed class ValueHandle : NativeHandle
{
    protected override bool ReleaseHandle()
    {
        var h = TakeHandle();
        NativeMethods.duckdb_destroy_value(ref h);
        return true;
    }
}

/// <summary>
/// Owns a duckdb_result: the struct lives in native memory so that it never moves, and release
/// destroys the result (also after an error, which the C API requires) and frees the memory.
/// </summary>
internal sealed unsafe class ResultHandle : NativeHandle
{
    public ResultHandle() => SetHandle((IntPtr)NativeMemory.AllocZeroed((nuint)sizeof(NativeResult)));

    public NativeResult* Pointer => (NativeResult*)handle;

    protected override bool ReleaseHandle()
    {
        NativeMethods.duckdb_destroy_result((NativeResult*)handle);
        NativeMemory.Free((void*)handle);
        return true;
    }
}
