using Reporting.DuckDb.Native;

namespace Reporting.DuckDb;

/// <summary>System.Decimal to and from DuckDB's scaled integers.</summary>
internal static class DecimalConversions
{
    private const int MaxWidth = 38;

    public static NativeDecimal FromDecimal(decimal value)
    {
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(value, bits);
        var mantissa = ((Int128)(uint)bits[2] << 64) | ((Int128)(uint)bits[1] << 32) | (uint)bits[0];
        var negative = (bits[3] & int.MinValue) != 0;
        var scale = (byte)((bits[3] >> 16) & 0xFF);
        return new NativeDecimal(MaxWidth, scale, NativeHugeInt.From(negative ? -mantissa : mantissa));
    }

    public static decimal ToDecimal(Int128 unscaled, byte scale)
    {
        var negative = unscaled < 0;
        var magnitude = (UInt128)(negative ? -unscaled : unscaled);
        if (magnitude >> 96 != 0)
        {
            throw new OverflowException($"The DECIMAL value {unscaled} (scale {scale}) does not fit System.Decimal.");
        }
        return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), (int)(uint)(magnitude >> 64), negative, scale);
    }

    public static decimal ToDecimal(long unscaled, byte scale) => ToDecimal((Int128)unscaled, scale);
}
