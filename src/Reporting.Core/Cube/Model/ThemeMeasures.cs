using Reporting.Core.Sql;
using Reporting.Core.Themes;

namespace Reporting.Core.Cube.Model;

/// <summary>
/// Adds the themes to the surveys cube: per theme and per driver, the share of commented responses
/// that carry it (measures theme_chasing, driver_collaboration …), and as dimensions whether a
/// comment mentions each theme (mentions_chasing …) and its first theme in dictionary order
/// (theme), so themes roll up, group and filter without multiplying responses.
/// The stems are our configuration, written into the SQL as quoted constants.
/// </summary>
public static class ThemeMeasures
{
    public const string Cube = "surveys";

    private const string Commented = "comment IS NOT NULL AND trim(comment) <> ''";

    public static CubeDefinition Extend(CubeDefinition surveys, ThemeDictionary dictionary)
    {
        var themes = dictionary.Themes.Select(t => Share($"theme_{t.Name}", $"Comments on {t.Title} (%)", ThemeSql.Mentions(t)));
        var drivers = ThemeDictionary.Drivers.Select(d => Share(
            $"driver_{d}",
            $"Comments on {d.Replace('_', ' ')} (%)",
            string.Join(" OR ", dictionary.Themes.Where(t => t.Driver == d).Select(ThemeSql.Mentions).DefaultIfEmpty("false"))));
        var mentions = dictionary.Themes.Select(t => new DimensionDefinition($"mentions_{t.Name}", DimensionType.Boolean, $"coalesce({ThemeSql.Mentions(t)}, false)")
        {
            Title = $"Mentions {t.Title}",
        });
        var first = new DimensionDefinition("theme", DimensionType.String,
            "CASE " + string.Join(" ", dictionary.Themes.Select(t => $"WHEN {ThemeSql.Mentions(t)} THEN {SqlIdentifier.Literal(t.Name)}")) + " END")
        {
            Title = "Theme",
            Description = "The comment's first theme in the dictionary's order; none without a comment or a theme.",
        };
        return surveys with
        {
            Dimensions = [.. surveys.Dimensions, .. mentions, first],
            Measures = [.. surveys.Measures, .. themes, .. drivers],
        };
    }

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
