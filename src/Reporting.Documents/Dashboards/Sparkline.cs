using System.Globalization;

namespace Reporting.Documents.Dashboards;

/// <summary>
/// A tile's trend as SVG polyline points in a 100 × 30 box (periods without a value are skipped), so
/// the server draws it and the browser only swaps the attribute when the filters change.
/// </summary>
public static class Sparkline
{
    public const int Width = 100;
    public const int Height = 30;

    public static string Points(IReadOnlyList<double?> values)
    {
        var known = values.Select((v, i) => (Value: v, Index: i)).Where(p => p.Value is not null).ToList();
        if (known.Count == 0)
        {
            return "";
        }
        var min = known.Min(p => p.Value!.Value);
        var max = known.Max(p => p.Value!.Value);
        var step = values.Count > 1 ? (double)Width / (values.Count - 1) : 0;
        return string.Join(" ", known.Select(p => string.Create(CultureInfo.InvariantCulture,
            $"{p.Index * step:0.#},{Y(p.Value!.Value, min, max):0.#}")));
    }

    // Flat lines sit in the middle; otherwise the lowest value touches the bottom (with a 2-unit margin).
    private static double Y(double value, double min, double max) =>
        max == min ? Height / 2.0 : Height - 2 - ((value - min) / (max - min) * (Height - 4));
}
