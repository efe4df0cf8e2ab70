using Reporting.Core.Sql;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Reporting.Core.Themes;

/// <summary>The verbatim themes of reports/themes.yaml: word stems per theme, each theme in one driver.</summary>
public sealed record ThemeDictionary(IReadOnlyList<Theme> Themes)
{
    public static readonly IReadOnlyList<string> Drivers = ["collaboration", "technical_performance", "business_outcomes"];

    public static ThemeDictionary Read(string path)
    {
        var file = Path.GetFileName(path);
        try
        {
            var read = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build()
                .Deserialize<ThemesFile>(File.ReadAllText(path)) ?? throw new ThemesException(file, "the file is empty");
            return Validate(new ThemeDictionary(read.Themes.Select(t => new Theme(t.Name, t.Title ?? t.Name, t.Driver, t.Stems)).ToList()), file);
        }
        catch (YamlException e)
        {
            throw new ThemesException(file, $"line {e.Start.Line}: {(e.InnerException ?? e).Message}");
        }
    }

    private static ThemeDictionary Validate(ThemeDictionary dictionary, string file)
    {
        foreach (var theme in dictionary.Themes)
        {
            var problem = !SqlIdentifier.IsValid(theme.Name) ? "its name must match [A-Za-z_][A-Za-z0-9_]*"
                : !Drivers.Contains(theme.Driver) ? $"driver '{theme.Driver}' is not one of {string.Join(", ", Drivers)}"
                : theme.Stems.Count == 0 || theme.Stems.Any(string.IsNullOrWhiteSpace) ? "it needs stems, none of them empty"
                : null;
            if (problem is not null)
            {
                throw new ThemesException(file, $"theme '{theme.Name}': {problem}");
            }
        }
        return dictionary;
    }

    private sealed class ThemesFile
    {
        public List<ThemeFile> Themes { get; set; } = [];
    }

    private sealed class ThemeFile
    {
        public string Name { get; set; } = "";
        public string? Title { get; set; }
        public string Driver { get; set; } = "";
        public List<string> Stems { get; set; } = [];
    }
}

/// <summary>A theme: a comment containing any stem (case-insensitively) carries it.</summary>
public sealed record Theme(string Name, string Title, string Driver, IReadOnlyList<string> Stems);
