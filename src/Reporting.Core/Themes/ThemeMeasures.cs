using Reporting.Core.Cube.Model;
using Reporting.Core.Sql;

namespace Reporting.Core.Themes;

/// <summary>
/// Adds to the surveys cube, per theme and per driver, the share of commented responses that carry
/// it (theme_chasing, driver_collaboration …), so themes roll up and filter like any measure.
/// The stems are our configuration, written into the SQL as quoted constants.
/// </summary>
public static class ThemeMeasures
{
    public const string Cube = "surveys";

    private const string Commented = "comment IS NOT NULL AND trim(comment) <> ''";

    public static CubeDefinition Extend(CubeDefinition surveys, ThemeDictionary dictionary)
    {
        var themes = dictionary.Themes.Select(t => Share($"theme_{t.Name}", $"Comments on {t.Title} (%)", Mentions(t)));
        var drivers = ThemeDictionary.Drivers.Select(d => Share(
            $"driver_{d}",
            $"Comments on {d.Replace('_', ' ')} (%)",
            string.Join(" OR ", dictionary.Themes.Where(t => t.Driver == d).Select(Mentions).DefaultIfEmpty("false"))));
        return surveys with { Measures = [.. surveys.Measures, .. themes, .. drivers] };
    }

    /// <summary>True where the lower-cased comment contains one of the theme's stems.</summary>
    public static string Mentions(Theme theme) =>
        "(" + string.Join(" OR ", theme.Stems.Select(s => $"contains(lower(comment), {SqlIdentifier.Literal(s.ToLowerInvariant())})")) + ")";

    private static MeasureDefinition Share(string name, string title, string condition) => new(name, MeasureType.Ratio)
    {
        Title = title,
        Description = "Share of responses with a comment whose comment carries it.",
        Numerator = new RatioPart(MeasureType.Count) { Filter = condition },
        Denominator = new RatioPart(MeasureType.Count),
        Filter = Commented,
        Scale = 100,
        Decimals = 1,
    };
}
