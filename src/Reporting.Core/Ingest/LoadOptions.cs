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
