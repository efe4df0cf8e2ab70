namespace Reporting.Core.Ingest.Validation;

/// <summary>
/// The dates a load accepts: the span every query supports (2000-01-01 to 2100-12-31). A year 0001
/// or 9999 is a placeholder or a typo, and would load only to break the charts that read it.
/// </summary>
internal static class SupportedDates
{
    public const string Reason = "is outside the dates this module supports (2000-01-01 to 2100-12-31)";

    public static string Outside(string column) =>
        $"({column} IS NOT NULL AND ({column} < TIMESTAMP '2000-01-01' OR {column} >= TIMESTAMP '2101-01-01'))";
}
