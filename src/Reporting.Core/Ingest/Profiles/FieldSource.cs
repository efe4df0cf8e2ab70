using Reporting.Core.Ingest.Layouts;

namespace Reporting.Core.Ingest.Profiles;

/// <summary>
/// Where a canonical field's text comes from: a file column (<paramref name="SourceName"/>, as the
/// file writes it, for error messages) and SQL over the staged text columns c0, c1 ….
/// </summary>
public sealed record FieldSource(string SourceName, string RawSql)
{
    /// <summary>When set, the text parses as this type and <see cref="DeriveSql"/> turns it into the field.</summary>
    public FieldType? ParseAs { get; init; }

    /// <summary>
    /// SQL template for the field's value: <c>{value}</c> is the parsed text, <c>{field_name}</c> the
    /// typed value of another field (e.g. Zendesk's first reply = {created_at} + {value} minutes).
    /// </summary>
    public string? DeriveSql { get; init; }

    /// <summary>The reason given when the text does not parse, instead of the type's.</summary>
    public string? InvalidReason { get; init; }

    /// <summary>A constant the profile supplies (a Delighted export is NPS by definition).</summary>
    public static FieldSource Constant(string constantSql) => new("(constant)", constantSql);
}
