using Reporting.Core.Ingest.Reading;

namespace Reporting.Core.Ingest.Profiles;

/// <summary>A file's column names, matched as DATA.md says: case-insensitively, with _, - and spaces alike.</summary>
public sealed class SourceHeader(IReadOnlyList<string> names)
{
    private readonly HashSet<int> used = [];

    public IReadOnlyList<string> Names { get; } = names;

    public static string Normalize(string name) =>
        string.Concat(name.Trim().ToLowerInvariant().Select(c => c is ' ' or '-' ? '_' : c));

    /// <summary>The first of <paramref name="candidates"/> present in the file, as a source; null if none is.</summary>
    public FieldSource? Find(params string[] candidates)
    {
        foreach (var candidate in candidates)
        {
            var wanted = Normalize(candidate);
            for (var i = 0; i < Names.Count; i++)
            {
                if (Normalize(Names[i]) == wanted)
                {
                    used.Add(i);
                    return new FieldSource(Names[i], SourceFile.Column(i));
                }
            }
        }
        return null;
    }

    /// <summary>Columns no field asked for: named in the load report as ignored.</summary>
    public IEnumerable<string> Unused() => Names.Where((_, i) => !used.Contains(i));
}
