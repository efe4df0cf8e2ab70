using System.Data.Common;
using Reporting.Core.Sql;
using Reporting.Core.Themes;
using Reporting.DuckDb;

namespace Reporting.Core.Cube.Model;

/// <summary>
/// The validated model: cubes by name, members by "cube.member". Loading checks every name and
/// every member's SQL against the database, so a bad model stops start-up with file and member.
/// </summary>
public sealed class SemanticModel
{
    private readonly Dictionary<string, CubeDefinition> cubes;

    private SemanticModel(IReadOnlyList<CubeDefinition> cubes) =>
        this.cubes = cubes.ToDictionary(c => c.Name, StringComparer.Ordinal);

    public IReadOnlyCollection<CubeDefinition> Cubes => cubes.Values;

    /// <summary>The cubes of <paramref name="folder"/>, the surveys cube extended with the themes of ../themes.yaml when present.</summary>
    public static SemanticModel Load(string folder, DbConnection connection)
    {
        var cubes = ModelFiles.ReadFolder(folder);
        var themes = Path.Combine(folder, "..", "themes.yaml");
        if (File.Exists(themes))
        {
            var dictionary = ReadThemes(themes);
            cubes = cubes.Select(c => c.Name == ThemeMeasures.Cube ? ThemeMeasures.Extend(c, dictionary) : c).ToList();
        }
        return Create(cubes, connection);
    }

    /// <summary>A bad themes.yaml stops the model as any bad model file does.</summary>
    private static ThemeDictionary ReadThemes(string path)
    {
        try
        {
            return ThemeDictionary.Read(path);
        }
        catch (ThemesException e)
        {
            throw new ModelException(e.File, e.Problem);
        }
    }

    public static SemanticModel Create(IReadOnlyList<CubeDefinition> cubes, DbConnection connection)
    {
        foreach (var duplicate in cubes.GroupBy(c => c.Name).Where(g => g.Count() > 1))
        {
            throw new ModelException(duplicate.Last().File, $"cube '{duplicate.Key}' is also defined in {duplicate.First().File}");
        }
        foreach (var cube in cubes)
        {
            ModelValidator.Validate(cube, connection);
        }
        return new SemanticModel(cubes);
    }

    public CubeDefinition? Cube(string name) => cubes.GetValueOrDefault(name);

    /// <summary>Splits "cube.member" into its cube and member name; null when it is not of that form.</summary>
    public (CubeDefinition Cube, string Member)? Resolve(string member)
    {
        var dot = member.IndexOf('.', StringComparison.Ordinal);
        if (dot <= 0 || Cube(member[..dot]) is not { } cube)
        {
            return null;
        }
        var name = member[(dot + 1)..];
        return SqlIdentifier.IsValid(name) ? (cube, name) : null;
    }
}
