using System.Runtime.InteropServices;
using Reporting.DuckDb.Native;

namespace Reporting.DuckDb;

/// <summary>Facts about the loaded native engine.</summary>
public static class DuckDbEngine
{
    /// <summary>The release this binding is written and tested against (major.minor must match).</summary>
    public const string PinnedVersion = "v1.5.6";

    private static readonly Lazy<string> LoadedVersion = new(() =>
        Marshal.PtrToStringUTF8(NativeMethods.duckdb_library_version()) ?? "unknown");

    private static int verified;

    /// <summary>The version string of the libduckdb that was loaded, e.g. "v1.5.6".</summary>
    public static string Version => LoadedVersion.Value;

    /// <summary>
    /// Fails fast when the loaded engine is of another minor release than the one pinned: the C API's
    /// struct layouts and semantics are only checked against that one. Patch releases may differ
    /// (npm's macOS and Windows packages trail Linux by a patch).
    /// </summary>
    public static void EnsureCompatible()
    {
        if (Volatile.Read(ref verified) == 1)
        {
            return;
        }
        if (!SameMinor(Version, PinnedVersion))
        {
            throw new DuckDbException(
                $"The loaded DuckDB engine is {Version}, but this build is pinned to {PinnedVersion}. " +
                "Run `npm ci` at the repository root and rebuild, or point REPORTING_DUCKDB_LIB at a matching libduckdb.");
        }
        Volatile.Write(ref verified, 1);
    }

    private static bool SameMinor(string actual, string pinned)
    {
        static string MajorMinor(string v) => string.Join('.', v.TrimStart('v').Split('.').Take(2));
        return MajorMinor(actual) == MajorMinor(pinned);
    }
}
