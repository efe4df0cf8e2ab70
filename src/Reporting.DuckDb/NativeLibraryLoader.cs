using System.Reflection;
using System.Runtime.InteropServices;
using Reporting.DuckDb.Native;

namespace Reporting.DuckDb;

/// <summary>
/// Finds libduckdb for this assembly: <c>REPORTING_DUCKDB_LIB</c> when set, else the copy the build
/// placed beside the assemblies. Fails with a message that says what to run.
/// </summary>
internal static class NativeLibraryLoader
{
    public const string OverrideVariable = "REPORTING_DUCKDB_LIB";

    /// <summary>Called once, from NativeMethods' static constructor, before the first native call.</summary>
    internal static void Register() =>
        NativeLibrary.SetDllImportResolver(typeof(NativeLibraryLoader).Assembly, Resolve);

    private static IntPtr Resolve(string name, Assembly assembly, DllImportSearchPath? searchPath)
    {
        if (name != NativeMethods.Library)
        {
            return IntPtr.Zero;
        }
        var overridePath = Environment.GetEnvironmentVariable(OverrideVariable);
        if (!string.IsNullOrEmpty(overridePath))
        {
            return NativeLibrary.TryLoad(overridePath, out var fromOverride)
                ? fromOverride
                : throw new DllNotFoundException($"{OverrideVariable} points to '{overridePath}', which could not be loaded as the DuckDB engine.");
        }
        var besideAssembly = Path.Combine(AppContext.BaseDirectory, PlatformFileName());
        if (NativeLibrary.TryLoad(besideAssembly, out var local))
        {
            return local;
        }
        throw new DllNotFoundException(
            $"The DuckDB engine ({PlatformFileName()}) was not found beside the application at '{besideAssembly}'. " +
            "Run `npm ci` at the repository root and rebuild (`dotnet build`), or set " +
            $"{OverrideVariable} to the full path of libduckdb.");
    }

    private static string PlatformFileName() =>
        OperatingSystem.IsWindows() ? "duckdb.dll" : OperatingSystem.IsMacOS() ? "libduckdb.dylib" : "libduckdb.so";
}
