using System.Globalization;
using Bogus;
using Reporting.Seed.Randomness;

namespace Reporting.Seed.Comments;

/// <summary>Turns a theme into a verbatim, in the language a customer in that region might use.</summary>
internal static class CommentWriter
{
    public static string Write(CommentTheme theme, string region, Randomizer random)
    {
        var template = Language(region, random) switch
        {
            CommentLanguage.English => random.Pick(CommentTemplates.English[theme]),
            CommentLanguage.German => CommentTranslations.German[theme],
            CommentLanguage.French => CommentTranslations.French[theme],
            CommentLanguage.Spanish => CommentTranslations.Spanish[theme],
            _ => throw new InvalidOperationException("Unknown language."),
        };
        return template.Replace("{n}", random.Int(3, 6).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    /// <summary>Most customers write in English; some in EMEA write German or French, some in LATAM Spanish.</summary>
    private static CommentLanguage Language(string region, Randomizer random) => region switch
    {
        "EMEA" => random.PickWeighted(EmeaLanguages),
        "LATAM" => random.Chance(0.35) ? CommentLanguage.Spanish : CommentLanguage.English,
        _ => CommentLanguage.English,
    };

    private static readonly (CommentLanguage, double)[] EmeaLanguages =
        [(CommentLanguage.English, 0.75), (CommentLanguage.German, 0.15), (CommentLanguage.French, 0.10)];
}
