using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;

namespace Reporting.DuckDb;

internal static class ThrowHelper
{
    [DoesNotReturn, StackTraceHidden]
    public static void Throw(string message, DuckDbErrorType errorType = DuckDbErrorType.Invalid)
    {
        if (errorType == DuckDbErrorType.Interrupt)
        {
            throw new OperationCanceledException(message);
        }
        throw new DuckDbException(message, errorType);
    }

    /// <summary>Reads DuckDB-owned error text (never freed here) and throws it.</summary>
    [DoesNotReturn, StackTraceHidden]
    public static void ThrowNative(IntPtr ownedByDuckDb, string fallback, DuckDbErrorType errorType = DuckDbErrorType.Invalid) =>
        Throw(Marshal.PtrToStringUTF8(ownedByDuckDb) ?? fallback, errorType);
}
