using System.Globalization;
using System.Reflection;

namespace Reporting.Core.Schema;

/// <summary>The migrations shipped in this assembly (Schema/Migrations/NNNN_name.sql), in order.</summary>
public static class MigrationCatalog
{
    private const string Prefix = "Reporting.Core.Schema.Migrations.";

    private static readonly Lazy<IReadOnlyList<Migration>> Embedded = new(Load);

    public static IReadOnlyList<Migration> All => Embedded.Value;

    private static IReadOnlyList<Migration> Load()
    {
        var assembly = typeof(MigrationCatalog).Assembly;
        var migrations = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => Parse(assembly, n))
            .OrderBy(m => m.Version)
            .ToList();
        for (var i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version != i + 1)
            {
                throw new InvalidOperationException($"Migrations must be numbered 1, 2, 3 … without gaps; found {migrations[i].Version} at position {i + 1}.");
            }
        }
        return migrations;
    }

    private static Migration Parse(Assembly assembly, string resource)
    {
        var file = resource[Prefix.Length..^".sql".Length];
        var separator = file.IndexOf('_', StringComparison.Ordinal);
        var version = int.Parse(file[..separator], CultureInfo.InvariantCulture);
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return new Migration(version, file[(separator + 1)..], reader.ReadToEnd());
    }
}
