using System.Globalization;

namespace Reporting.Bench;

/// <summary>The command line of the benchmark program.</summary>
public sealed record BenchOptions(long Rows, IReadOnlySet<string>? Only, int Runs)
{
    /// <summary>Every benchmark, in the order they run.</summary>
    public static readonly IReadOnlyList<string> Names = ["load", "cube", "layout", "postgres", "linq", "sqlite", "clickhouse", "facts", "http", "pdf", "delivery"];

    public const string Usage =
        "usage: Reporting.Bench [--scale 100k|1m|10m|<rows>] [--only load,cube,layout,postgres,linq,sqlite,clickhouse,facts,http,pdf,delivery] [--runs N] [--http-seconds S]";

    /// <summary>How long each wrk run lasts (the http benchmark is bounded in time, not in requests).</summary>
    public int HttpSeconds { get; init; } = 10;

    public bool Wants(string name) => Only is null || Only.Contains(name);

    public static BenchOptions? Parse(string[] args)
    {
        var options = new BenchOptions(1_000_000, null, 3);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            options = args[i] switch
            {
                "--scale" => ParseScale(args[i + 1]) is { } rows and > 0 ? options with { Rows = rows } : null,
                "--only" => ParseOnly(args[i + 1]) is { } only ? options with { Only = only } : null,
                "--runs" => int.TryParse(args[i + 1], out var runs) && runs > 0 ? options with { Runs = runs } : null,
                "--http-seconds" => int.TryParse(args[i + 1], out var seconds) && seconds > 0 ? options with { HttpSeconds = seconds } : null,
                _ => null,
            };
            if (options is null)
            {
                return null;
            }
        }
        return args.Length % 2 == 0 ? options : null;
    }

    private static HashSet<string>? ParseOnly(string list)
    {
        var names = list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(n => n.ToLowerInvariant()).ToHashSet();
        return names.Count > 0 && names.All(Names.Contains) ? names : null;
    }

    private static long? ParseScale(string scale) => scale.ToLowerInvariant() switch
    {
        var s when s.EndsWith('m') && long.TryParse(s[..^1], CultureInfo.InvariantCulture, out var millions) => millions * 1_000_000,
        var s when s.EndsWith('k') && long.TryParse(s[..^1], CultureInfo.InvariantCulture, out var thousands) => thousands * 1_000,
        var s when long.TryParse(s, CultureInfo.InvariantCulture, out var rows) => rows,
        _ => null,
    };
}
