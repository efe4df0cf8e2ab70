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
}
