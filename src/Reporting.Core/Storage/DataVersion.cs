using System.Data.Common;
using System.Globalization;
using Reporting.DuckDb;

namespace Reporting.Core.Storage;

/// <summary>The counter every committed load bumps; caches key their answers by it.</summary>
public static class DataVersion
{
    public static long Current(DbConnection connection) =>
        Convert.ToInt64(connection.Query("SELECT max(version) FROM data_version").Scalar() ?? 0L, CultureInfo.InvariantCulture);

    /// <summary>
    /// The id of the database file the data comes from: the file's own in DuckDB; in a ClickHouse
    /// warehouse, the file that published it (null before its first publish).
    /// </summary>
    public static string? Publisher(DbConnection connection) =>
        connection.Query("SELECT max(publisher) FROM data_version").Scalar() as string;

    /// <summary>Call inside the load's transaction, so the bump commits or rolls back with the data.</summary>
    public static long Bump(DbConnection connection)
    {
        connection.Execute("UPDATE data_version SET version = version + 1, changed_at = now() AT TIME ZONE 'UTC'");
        return Current(connection);
    }
}
