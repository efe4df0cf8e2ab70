using System.Globalization;
using Reporting.Core.Storage;
using Reporting.DuckDb;

namespace Reporting.Seed.Writing;

/// <summary>Refuses to seed over loaded data, or deletes it when asked to replace (inside the caller's transaction).</summary>
internal static class ExistingData
{
    public static void ClearOrRefuse(DuckDbConnection connection, bool replace)
    {
        // Table names come from StarSchema, never from a user.
        var occupied = StarSchema.Tables
            .Select(t => (t.Name, Rows: Convert.ToInt64(connection.Query($"SELECT count(*) FROM {t.Name}").Scalar(), CultureInfo.InvariantCulture)))
            .Where(t => t.Rows > 0)
            .ToList();
        if (occupied.Count == 0)
        {
            return;
        }
        if (!replace)
        {
            var tables = string.Join(", ", occupied.Select(t => $"{t.Name} ({t.Rows} rows)"));
            throw new InvalidOperationException(
                $"The database already has data: {tables}. Seeding would mix demo rows with it; use --replace to delete it and seed again.");
        }
        foreach (var table in StarSchema.Tables)
        {
            connection.Execute($"DELETE FROM {table.Name}");
        }
    }
}
