using System.Reflection;
using System.Runtime.InteropServices;

namespace Reporting.ClickHouse.Chdb;

/// <summary>
/// Finds libchdb.so: REPORTING_CHDB_LIB when set, else .chdb/ (where scripts/install-chdb.sh puts
/// it) in the working folder, the application's folder or any folder above them.
/// </summary>
internal static class ChdbLibrary
{
    public const string EnvironmentVariable = "REPORTING_CHDB_LIB";
    public const string InstallScript = "scripts/install-chdb.sh";
    private const string RelativePath = ".chdb/node_modules/@chdb/lib-linux-x64-gnu/libchdb.so";
    private static readonly Lazy<nint> Handle = new(Load);

    /// <summary>Makes P/Invoke calls to "chdb" load the library found here; throws <see cref="ChdbMissingException"/> when there is none.</summary>
    public static void EnsureLoaded() => _ = Handle.Value;

    public static string? Find()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } named)
        {
            return File.Exists(named) ? Path.GetFullPath(named) : null;
        }
        return new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory }
            .SelectMany(Ancestors)
            .Select(folder => Path.Combine(folder, RelativePath))
            .FirstOrDefault(File.Exists);
    }

    private static nint Load()
    {
        var path = Find() ?? throw new ChdbMissingException(Environment.GetEnvironmentVariable(EnvironmentVariable));
        var handle = NativeLibrary.Load(path);
        NativeLibrary.SetDllImportResolver(typeof(ChdbLibrary).Assembly, (name, _, _) => name == ChdbNative.Library ? handle : 0);
        return handle;
    }

    private static IEnumerable<string> Ancestors(string folder)
    {
        for (var current = new DirectoryInfo(folder); current is not null; current = current.Parent)
        {
            yield return current.FullName;
        }
    }
}
