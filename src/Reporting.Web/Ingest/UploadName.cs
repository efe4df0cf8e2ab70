namespace Reporting.Web.Ingest;

/// <summary>
/// The name a client gives its upload: shown back in reports, never used as a path. A name that
/// could not be a plain file name (a folder, "..", control characters, over 255 characters) is refused.
/// </summary>
public static class UploadName
{
    public const int MaxLength = 255;

    /// <summary>Null when <paramref name="name"/> is a plain file name (or absent); else why not.</summary>
    public static string? Problem(string? name)
    {
        if (name is null)
        {
            return null;
        }
        if (name.Length is 0 or > MaxLength)
        {
            return $"must be 1 to {MaxLength} characters long";
        }
        if (name.Any(char.IsControl))
        {
            return "must not contain control characters (such as NUL)";
        }
        if (name is "." or ".." || name.IndexOfAny(['/', '\\']) >= 0)
        {
            return "must be a file name, without folders";
        }
        return null;
    }

    /// <summary>What the reader reads the upload as: only the extension of the name matters, and only a known one.</summary>
    public static string StoredAs(string name, string? contentType)
    {
        var extension = System.IO.Path.GetExtension(name).ToLowerInvariant();
        return "upload" + (extension is ".csv" or ".tsv" or ".txt" or ".parquet" or ".json" or ".jsonl" or ".ndjson" ? extension : ExtensionFor(contentType));
    }

    private static string ExtensionFor(string? contentType) => contentType?.Split(';')[0].Trim().ToLowerInvariant() switch
    {
        "application/vnd.apache.parquet" or "application/x-parquet" => ".parquet",
        "application/x-ndjson" or "application/jsonl" or "application/json" => ".jsonl",
        _ => ".csv",
    };
}
