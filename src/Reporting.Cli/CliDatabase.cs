using Reporting.Core.Storage;
using Reporting.DuckDb;

namespace Reporting.Cli;

/// <summary>
/// The database a command's --db names, read as the server reads Reporting:Database: a DuckDB path
/// (relative to the working folder), chdb:DIR, or clickhouse://… with its local DuckDB file where
/// Reporting__LocalDatabase says (data/local.duckdb in the working folder unless set).
/// </summary>
internal static class CliDatabase
{
    public static DatabaseLocation Locate(string db) => DatabaseLocation.Parse(
        db, "--db", Directory.GetCurrentDirectory(), Environment.GetEnvironmentVariable("Reporting__LocalDatabase") ?? "data/local.duckdb");

    public static ReportingDatabase Open(string db) => ReportingDatabase.Open(Locate(db), new DuckDbDatabaseOptions());
}
