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

    /// <summary>
    /// The cubes of <paramref name="folder"/>, the surveys cube extended with the themes of ../themes.yaml when
    /// present. Every problem (files that do not read, a bad themes file, each cube's) is named in one <see cref="ModelException"/>.
    /// </summary>
    public static SemanticModel Load(string folder, DbConnection connection)
    {
        var problems = new List<ModelProblem>();
        var cubes = ModelFiles.ReadFolder(folder, problems);
        var themes = Path.Combine(folder, "..", "themes.yaml");
        if (File.Exists(themes) && ReadThemes(themes, problems) is { } dictionary)
        {
            cubes = cubes.Select(c => c.Name == ThemeMeasures.Cube ? ThemeMeasures.Extend(c, dictionary) : c).ToList();
        }
        return Create(cubes, connection, problems);
    }

    public static SemanticModel Create(IReadOnlyList<CubeDefinition> cubes, DbConnection connection) => Create(cubes, connection, []);

    private static SemanticModel Create(IReadOnlyList<CubeDefinition> cubes, DbConnection connection, List<ModelProblem> problems)
    {
        foreach (var duplicate in cubes.GroupBy(c => c.Name).Where(g => g.Count() > 1))
        {
            problems.Add(new ModelProblem(duplicate.Last().File, $"cube '{duplicate.Key}' is also defined in {duplicate.First().File}"));
        }
        foreach (var cube in cubes)
        {
            problems.AddRange(ModelValidator.Problems(cube, connection));
        }
        return problems.Count == 0 ? new SemanticModel(cubes) : throw new ModelException(problems);
    }

    /// <summary>A bad themes.yaml is a problem of the model as any bad model file is; the cubes are still checked.</summary>
    private static ThemeDictionary? ReadThemes(string path, List<ModelProblem> problems)
    {
        try
        {
            return ThemeDictionary.Read(path);
        }
        catch (ThemesException e)
        {
            problems.Add(new ModelProblem(e.File, e.Problem));
            return null;
        }
    }

    public CubeDefinition? Cube(string name) => cubes.GetValueOrDefault(name);

    /// <summary>The same model with each cube rewritten (its SQL in another dialect): validated already, so not checked again.</summary>
    internal SemanticModel Map(Func<CubeDefinition, CubeDefinition> rewrite) => new(cubes.Values.Select(rewrite).ToList());

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
