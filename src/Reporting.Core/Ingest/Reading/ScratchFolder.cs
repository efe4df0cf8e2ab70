namespace Reporting.Core.Ingest.Reading;

/// <summary>A load's own temporary folder (for files re-encoded as UTF-8), made when first needed and removed with the load.</summary>
internal sealed class ScratchFolder : IDisposable
{
    private string? path;

    public string File(string name)
    {
        path ??= Directory.CreateTempSubdirectory("reporting-load-").FullName;
        return System.IO.Path.Combine(path, name);
    }

    public void Dispose()
    {
        if (path is not null && Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }
}
