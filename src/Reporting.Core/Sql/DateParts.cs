namespace Reporting.Core.Sql;

/// <summary>The parts of a timestamp the time buckets read.</summary>
internal static class DateParts
{
    public static string Check(string part) => part is "year" or "quarter" or "month"
        ? part
        : throw new ArgumentOutOfRangeException(nameof(part), part, "Not a date part the time buckets read.");
}
