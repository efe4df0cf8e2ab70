using System.Globalization;
using System.Text.Json;
using Reporting.Bench.Cube;
using Reporting.Bench.Loading;

namespace Reporting.Bench;

/// <summary>
/// `dotnet run -c Release --project bench/Reporting.Bench -- [--scale 1m|10m] [--only NAME] [--runs N]`:
/// runs each benchmark against its baseline in the same process and prints one table (and writes
/// JSON under bench/results/).
/// </summary>
public static class BenchmarkRunner
{
    public static int Run(string[] args)
    {
        var options = BenchOptions.Parse(args);
        if (options is null)
        {
            Console.Error.WriteLine("usage: Reporting.Bench [--scale 1m|10m|<rows>] [--only load|cube] [--runs N]");
            return 2;
        }
        var figures = new List<Figure>();
        using var workspace = new Workspace();
        if (options.Wants("load"))
        {
            figures.AddRange(new LoadBenchmark(workspace, options).Run());
        }
        if (options.Wants("cube"))
        {
            figures.AddRange(new CubeBenchmark(workspace, options).Run());
        }
        FigureTable.Print(figures);
        WriteJson(options, figures);
        return 0;
    }

    private static void WriteJson(BenchOptions options, IReadOnlyList<Figure> figures)
    {
        var directory = Path.Combine(FindRepositoryRoot(), "bench", "results");
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"bench-{options.Rows.ToString(CultureInfo.InvariantCulture)}.json");
        File.WriteAllText(path, JsonSerializer.Serialize(figures, new JsonSerializerOptions { WriteIndented = true }));
        Console.WriteLine($"written {path}");
    }

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Reporting.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? Directory.GetCurrentDirectory();
    }
}
