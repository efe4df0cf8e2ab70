using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Reporting.Core.Cube.Model;

/// <summary>Reads reports/model/*.yaml into cube definitions; a file that does not parse names itself and the line.</summary>
public static class ModelFiles
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    /// <summary>Every file of the folder; the files that do not read are all named in one <see cref="ModelException"/>.</summary>
    public static IReadOnlyList<CubeDefinition> ReadFolder(string folder)
    {
        var problems = new List<ModelProblem>();
        var cubes = ReadFolder(folder, problems);
        return problems.Count == 0 ? cubes : throw new ModelException(problems);
    }

    /// <summary>The files that read; the problems of those that do not are added to <paramref name="problems"/>.</summary>
    internal static IReadOnlyList<CubeDefinition> ReadFolder(string folder, List<ModelProblem> problems)
    {
        var cubes = new List<CubeDefinition>();
        foreach (var path in Directory.EnumerateFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            try
            {
                cubes.Add(ReadFile(path));
            }
            catch (ModelException e)
            {
                problems.AddRange(e.Problems);
            }
        }
        return cubes;
    }

    public static CubeDefinition ReadFile(string path) => Read(File.ReadAllText(path), Path.GetFileName(path));

    public static CubeDefinition Read(string yaml, string file)
    {
        try
        {
            var cube = Yaml.Deserialize<CubeFile>(yaml) ?? throw new ModelException(file, "the file is empty");
            return cube.ToDefinition(file);
        }
        catch (YamlException e)
        {
            throw new ModelException(file, $"line {e.Start.Line}: {(e.InnerException ?? e).Message}");
        }
    }

    // The YAML shapes, mapped to immutable definitions right after reading.
    private sealed class CubeFile
    {
        public string Name { get; set; } = "";
        public string Table { get; set; } = "";
        public string? Title { get; set; }
        public string? Description { get; set; }
        public List<JoinFile> Joins { get; set; } = [];
        public List<DimensionFile> Dimensions { get; set; } = [];
        public List<MeasureFile> Measures { get; set; } = [];
        public AccessFile? Access { get; set; }

        public CubeDefinition ToDefinition(string file) => new(Name, Table, Title ?? Name, file)
        {
            Description = Description,
            Joins = Joins.Select(j => new JoinDefinition(j.Name, j.Table, j.Key)).ToList(),
            Dimensions = Dimensions.Select(d => d.ToDefinition(file, Name)).ToList(),
            Measures = Measures.Select(m => m.ToDefinition(file, Name)).ToList(),
            Access = Access is null ? null : new AccessPolicy(Access.Csm, Access.Account),
        };
    }

    private sealed class AccessFile
    {
        public string? Csm { get; set; }
        public string? Account { get; set; }
    }

    private sealed class JoinFile
    {
        public string Name { get; set; } = "";
        public string Table { get; set; } = "";
        public string Key { get; set; } = "";
    }

    private sealed class DimensionFile
    {
        public string Name { get; set; } = "";
        public string Type { get; set; } = "string";
        public string? Sql { get; set; }
        public string? Title { get; set; }
        public string? Description { get; set; }

        public DimensionDefinition ToDefinition(string file, string cube) =>
            new(Name, ParseEnum<DimensionType>(Type, file, $"{cube}.{Name}"), Sql ?? Name) { Title = Title, Description = Description };
    }

    private sealed class MeasureFile
    {
        public string Name { get; set; } = "";
        public string Type { get; set; } = "";
        public string? Title { get; set; }
        public string? Description { get; set; }
        public string? Sql { get; set; }
        public string? Filter { get; set; }
        public double? P { get; set; }
        public PartFile? Numerator { get; set; }
        public PartFile? Denominator { get; set; }
        public double Scale { get; set; } = 1;
        public string? Formula { get; set; }
        public int? Decimals { get; set; }
        public string? Observations { get; set; }

        public MeasureDefinition ToDefinition(string file, string cube) => new(Name, ParseEnum<MeasureType>(Type, file, $"{cube}.{Name}"))
        {
            Title = Title,
            Description = Description,
            Sql = Sql,
            Filter = Filter,
            P = P,
            Numerator = Numerator?.ToPart(file, $"{cube}.{Name}"),
            Denominator = Denominator?.ToPart(file, $"{cube}.{Name}"),
            Scale = Scale,
            Formula = Formula,
            Decimals = Decimals,
            Observations = Observations,
        };
    }

    private sealed class PartFile
    {
        public string Type { get; set; } = "count";
        public string? Sql { get; set; }
        public string? Filter { get; set; }

        public RatioPart ToPart(string file, string member) => new(ParseEnum<MeasureType>(Type, file, member)) { Sql = Sql, Filter = Filter };
    }

    /// <summary>count_distinct → CountDistinct; an unknown name fails naming the file and member.</summary>
    private static T ParseEnum<T>(string value, string file, string member)
        where T : struct, Enum =>
        Enum.TryParse<T>(value.Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            ? parsed
            : throw new ModelException(file, $"{member}: unknown type '{value}' (one of {string.Join(", ", Enum.GetNames<T>().Select(Snake))})");

    private static string Snake(string name) =>
        string.Concat(name.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
