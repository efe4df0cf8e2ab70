namespace Reporting.Core.Ingest.Layouts;

/// <summary>How a field's text is parsed into its column.</summary>
public enum FieldType
{
    Text,
    Integer,
    Decimal,
    Date,
    Timestamp,
    Boolean,

    /// <summary>An e-mail address, stored trimmed and lower-case (team members are matched by it without case).</summary>
    Email,
}
