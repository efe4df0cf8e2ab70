namespace Reporting.Core.Sql;

/// <summary>The names a dialect is asked for: the compiler's own words, so an unknown one is a bug, not input.</summary>
internal static class AggregateFunctions
{
    public static string Check(string function) => function is "sum" or "avg" or "min" or "max"
        ? function
        : throw new ArgumentOutOfRangeException(nameof(function), function, "Not an aggregate the compiler writes.");
}
