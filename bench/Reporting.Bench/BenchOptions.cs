using System.Globalization;

namespace Reporting.Bench;

/// <summary>The command line of the benchmark program.</summary>
public sealed record BenchOptions(long Rows, string? Only, int Runs)
{
    public bool Wants(string name) => Only is null || string.Equals(Only, name, StringComparison.OrdinalIgnoreCase);

    public static BenchOptions? Parse(string[] args)
    {
        var options = new BenchOptions(1_000_000, null, 3);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            options = args[i] switch
            {
                "--scale" => ParseScale(args[i + 1]) is { } rows ? options with { Rows = rows } : null,
                "--only" => options with { Only = args[i + 1] },
                "--runs" => int.TryParse(args[i + 1], out var runs) && runs > 0 ? options with { Runs = runs } : null,
                _ => null,
            };
            if (options is null)
            {
                return null;
            }
        }
        return args.Length % 2 == 0 ? options : null;
    }

    private static long? ParseScale(string scale) => scale.ToLowerInvariant() switch
    {
        var s when s.EndsWith('m') && long.TryParse(s[..^1], CultureInfo.InvariantCulture, out var millions) => millions * 1_000_000,
        var s when s.EndsWith('k') && long.TryParse(s[..^1], CultureInfo.InvariantCulture, out var thousands) => thousands * 1_000,
        var s when long.TryParse(s, CultureInfo.InvariantCulture, out var rows) => rows,
        _ => null,
    };
}
