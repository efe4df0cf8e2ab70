using System.CommandLine;

namespace Reporting.Cli;

/// <summary>Options that several commands share, declared once.</summary>
internal static class CommonOptions
{
    public const string DefaultDatabase = "data/reporting.duckdb";

    public static Option<string> Database() => new("--db")
    {
        Description = "Path of the DuckDB database file.",
        DefaultValueFactory = _ => DefaultDatabase,
    };
}
