using System.Globalization;

namespace Reporting.Core.Kpis;

/// <summary>Cube values (counts as BIGINT or HUGEINT, sums as DECIMAL, ratios as DOUBLE) as KPI numbers.</summary>
internal static class KpiNumbers
{
    public static double? ToDouble(object? value) => value switch
    {
        null => null,
        double d => double.IsFinite(d) ? d : null,
        Int128 h => (double)h,
        UInt128 u => (double)u,
        IConvertible convertible => convertible.ToDouble(CultureInfo.InvariantCulture),
        _ => throw new InvalidCastException($"A cube value of type {value.GetType().Name} is not a number."),
    };

    /// <summary>An observation count; none at all is 0.</summary>
    public static long ToCount(object? value) => ToDouble(value) is { } number ? (long)Math.Round(number) : 0;

    /// <summary>A KPI's value to its decimals, halves away from zero.</summary>
    public static double? Round(double? value, int decimals) =>
        value is { } v ? Math.Round(v, decimals, MidpointRounding.AwayFromZero) : null;
}
