using Reporting.Core.Ingest;

namespace Reporting.Web.Ingest;

/// <summary>
/// An uploaded file saved to a private temporary folder for DuckDB's readers, removed on dispose.
/// Reports name the file as the client did, never the server's temporary path.
/// </summary>
public sealed class Upload : IAsyncDisposable
{
    private readonly string folder;

    private Upload(string folder, string name)
    {
        this.folder = folder;
        Name = name;
        Path = System.IO.Path.Combine(folder, name);
    }

    public string Name { get; }

    public string Path { get; }

    /// <summary>Saves the first form file, or else the body; null when the request carries no file.</summary>
    public static async Task<Upload?> SaveAsync(HttpRequest request, string? filename, CancellationToken cancellationToken)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            if (form.Files.Count == 0)
            {
                return null;
            }
            var file = form.Files[0];
            var upload = Create(filename ?? file.FileName, file.ContentType);
            await using var target = File.Create(upload.Path);
            await file.CopyToAsync(target, cancellationToken);
            return upload;
        }
        var fromBody = Create(filename, request.ContentType);
        await using (var target = File.Create(fromBody.Path))
        {
            await request.Body.CopyToAsync(target, cancellationToken);
        }
        return fromBody;
    }

    /// <summary>The report as the client should see it: file names instead of temporary paths, no reject files.</summary>
    public LoadReport Describe(LoadReport report) => report with
    {
        Files = [Name],
        Errors = report.Errors.Select(e => e with { File = e.File.Length == 0 ? "" : Name }).ToList(),
        RejectFiles = [],
    };

    public ValueTask DisposeAsync()
    {
        Directory.Delete(folder, recursive: true);
        return ValueTask.CompletedTask;
    }

    private static Upload Create(string? filename, string? contentType)
    {
        // Only the file's extension matters to the reader; the name is shown back, never used as a path.
        var name = System.IO.Path.GetFileName(filename ?? "");
        if (name.Length == 0)
        {
            name = "upload" + ExtensionFor(contentType);
        }
        return new Upload(Directory.CreateTempSubdirectory("reporting-upload-").FullName, name);
    }

    private static string ExtensionFor(string? contentType) => contentType?.Split(';')[0].Trim().ToLowerInvariant() switch
    {
        "application/vnd.apache.parquet" or "application/x-parquet" => ".parquet",
        "application/x-ndjson" or "application/jsonl" or "application/json" => ".jsonl",
        _ => ".csv",
    };
}
