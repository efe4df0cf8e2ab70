using System.Data.Common;
using System.Globalization;
using Reporting.Core.Storage;
using Reporting.DuckDb;

namespace Reporting.Seed.Writing;

/// <summary>Refuses to seed over loaded data, or deletes it when asked to replace (inside the caller's transaction).</summary>
internal static class ExistingData
{
    /// <summary>The star schema's tables and the team, which the seed writes too.</summary>
    private static readonly string[] Seeded = [.. StarSchema.Tables.Select(t => t.Name), "dim_team_member"];

    public static void ClearOrRefuse(DbConnection connection, bool replace)
    {
        // Table names come from StarSchema, never from a user.
        var occupied = Seeded
            .Select(t => (Name: t, Rows: Convert.ToInt64(connection.Query($"SELECT count(*) FROM {t}").Scalar(), CultureInfo.InvariantCulture)))
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
        foreach (var table in Seeded)
        {
            connection.Execute($"DELETE FROM {table}");
        }
    }

    /// <summary>Once the demo team is written: passwords stay with the members who stay (as after a team load), the others go.</summary>
    public static void RemoveCredentialsOfMembersGone(DbConnection connection) =>
        connection.Execute("DELETE FROM team_credential WHERE email NOT IN (SELECT email FROM dim_team_member)");
}
