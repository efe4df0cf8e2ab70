namespace Reporting.Core.Ingest;

/// <summary>What to load and how to read it.</summary>
public sealed record LoadOptions(FactKind Kind)
{
    public SourceFormat Format { get; init; } = SourceFormat.Native;

    /// <summary>The column that names the account (Delighted keeps it in a property column).</summary>
    public string? AccountColumn { get; init; }

    /// <summary>Load the valid rows and write the rejected ones to a rejects file beside the input.</summary>
    public bool SkipInvalid { get; init; }

    /// <summary>The IANA zone of timestamps written without an offset (Zendesk writes local time). UTC by default.</summary>
    public string TimeZone { get; init; } = "UTC";

    /// <summary>CES answered as agreement with "made it easy" (higher = easier) loads as effort = 8 − score.</summary>
    public CesScale CesScale { get; init; } = CesScale.Effort;

    /// <summary>How many errors the report lists; the rest are counted.</summary>
    public int MaxReportedErrors { get; init; } = 100;

    /// <summary>How text files without a byte order mark are encoded (with one, the mark decides).</summary>
    public TextEncoding Encoding { get; init; } = TextEncoding.Utf8;

    /// <summary>How reports name each file (the upload's name over HTTP); the paths as given when null.</summary>
    public IReadOnlyList<string>? FileNames { get; init; }
}

/// <summary>The encodings a load may be told to read; UTF-16 needs no telling (its byte order mark says so).</summary>
public enum TextEncoding
{
    Utf8,
    Latin1,
}

public static class TextEncodings
{
    public static string Name(this TextEncoding encoding) => encoding == TextEncoding.Latin1 ? "latin1" : "utf8";

    public static bool TryParse(string? name, out TextEncoding encoding)
    {
        var normalized = name?.Replace("-", "", StringComparison.Ordinal).ToLowerInvariant();
        (var known, encoding) = normalized switch
        {
            "utf8" => (true, TextEncoding.Utf8),
            "latin1" or "iso88591" => (true, TextEncoding.Latin1),
            _ => (false, TextEncoding.Utf8),
        };
        return known;
    }

    public static string AllNames => "utf8|latin1";
}

public enum CesScale
{
    Effort,
    Agreement,
}

/// <summary>Which tool's export a file is; each profile maps its columns to the canonical layout.</summary>
public enum SourceFormat
{
    Native,
    Zendesk,
    Delighted,
    ZendeskCsat,
}

public static class SourceFormats
{
    public static string Name(this SourceFormat format) => format switch
    {
        SourceFormat.ZendeskCsat => "zendesk-csat",
        _ => format.ToString().ToLowerInvariant(),
    };

    public static bool TryParse(string? name, out SourceFormat format)
    {
        format = Enum.GetValues<SourceFormat>().FirstOrDefault(f => string.Equals(f.Name(), name, StringComparison.OrdinalIgnoreCase));
        return Enum.GetValues<SourceFormat>().Any(f => string.Equals(f.Name(), name, StringComparison.OrdinalIgnoreCase));
    }

    public static string AllNames => string.Join("|", Enum.GetValues<SourceFormat>().Select(Name));
}
