using Reporting.Core.Ingest;

namespace Reporting.Web.Ingest;

/// <summary>
/// An uploaded file saved in a folder of its own for DuckDB's readers, removed on dispose (and at
/// once when the upload fails or the client goes away). It is stored under a name of the server's
/// choosing; reports name it as the client did, never by the server's path.
/// </summary>
public sealed class Upload : IAsyncDisposable
{
    private readonly string folder;

    private Upload(string folder, string name, string? contentType)
    {
        this.folder = folder;
        Name = name;
        Path = System.IO.Path.Combine(folder, UploadName.StoredAs(name, contentType));
    }

    /// <summary>The file as the client named it (or "upload.csv" …).</summary>
    public string Name { get; }

    public string Path { get; }

    /// <summary>Saves the first form file, or else the body; null when the request carries no file.</summary>
    public static async Task<Upload?> SaveAsync(HttpRequest request, string? filename, UploadFolder uploads, CancellationToken cancellationToken)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            if (form.Files.Count == 0)
            {
                return null;
            }
            var file = form.Files[0];
            return await SaveAsync(uploads, filename ?? file.FileName, file.ContentType, file.OpenReadStream(), cancellationToken);
        }
        return await SaveAsync(uploads, filename, request.ContentType, request.Body, cancellationToken);
    }

    private static async Task<Upload> SaveAsync(UploadFolder uploads, string? name, string? contentType, Stream content, CancellationToken cancellationToken)
    {
        var upload = new Upload(uploads.Create(), string.IsNullOrEmpty(name) ? UploadName.StoredAs("", contentType) : name, contentType);
        try
        {
            await using var target = File.Create(upload.Path);
            await content.CopyToAsync(target, cancellationToken);
            return upload;
        }
        catch
        {
            // A client that goes away mid-upload leaves nothing behind.
            await upload.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// The report as the client should see it: no reject files on the server, no reader's text
    /// (which names server paths), and an option named as the query parameter that set it.
    /// </summary>
    public static LoadReport Describe(LoadReport report) => report with
    {
        RejectFiles = [],
        Errors = report.Errors.Select(e => e with
        {
            Column = e.File.Length == 0 ? Parameter(e.Column) : e.Column,
            Detail = null,
        }).ToList(),
    };

    public ValueTask DisposeAsync()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
        return ValueTask.CompletedTask;
    }

    /// <summary>"--account-column" → "accountColumn", as the query string spells it.</summary>
    private static string Parameter(string option)
    {
        if (!option.StartsWith("--", StringComparison.Ordinal))
        {
            return option;
        }
        var words = option[2..].Split('-');
        return words[0] + string.Concat(words.Skip(1).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
    }
}
