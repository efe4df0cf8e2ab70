using Reporting.Documents.Storage;

namespace Reporting.Web.Ingest;

/// <summary>
/// Where uploads wait for their load: a folder beside the database (data/reporting.uploads), one
/// sub-folder per upload, removed when its load ends or fails. What a killed server left behind is
/// removed when the next one starts.
/// </summary>
public sealed class UploadFolder(DatabaseFile database)
{
    public string Path { get; } = System.IO.Path.ChangeExtension(database.Path, null) + ".uploads";

    /// <summary>Removes every upload left by an earlier run, leaving the folder empty; called once, before the server takes requests.</summary>
    public void RemoveLeftovers()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
        Directory.CreateDirectory(Path);
    }

    /// <summary>A new empty folder for one upload.</summary>
    public string Create() =>
        Directory.CreateDirectory(System.IO.Path.Combine(Path, Guid.NewGuid().ToString("N"))).FullName;
}
