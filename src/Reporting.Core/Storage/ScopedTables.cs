using System.Data.Common;
using Reporting.Core.Sql;
using Reporting.DuckDb;

namespace Reporting.Core.Storage;

/// <summary>
/// Restricts a connection to a scope: every table of the database that holds an account's rows is
/// shadowed, on that connection only, by a temporary view of the same name holding only the scope's
/// accounts, and with customers' comments read as NULL when the scope may not read verbatims.
/// DuckDB resolves unqualified (and <c>main.</c>-qualified) names in the temporary catalog first, so
/// every statement on the connection reads through the views, whoever wrote it. Which tables are
/// shadowed is read from the schema, so a new fact table is restricted without anyone listing it: a
/// table with <c>account_id</c> directly, one with <c>response_id</c> or <c>ticket_id</c> through the
/// (already restricted) responses or tickets. Tables with none of them hold no account's rows.
/// </summary>
public sealed class ScopedTables
{
    /// <summary>The columns that hold what customers wrote, by table.</summary>
    private static readonly Dictionary<string, string[]> Verbatims = new(StringComparer.Ordinal)
    {
        ["fact_survey_response"] = ["comment"],
    };

    private readonly string catalog;
    private readonly IReadOnlyList<Shadow> shadows;

    private ScopedTables(string catalog, IReadOnlyList<Shadow> shadows)
    {
        this.catalog = catalog;
        this.shadows = shadows;
    }

    /// <summary>Reads the schema once (it changes only by migration, at open).</summary>
    public static ScopedTables Read(DbConnection connection)
    {
        var catalog = SqlIdentifier.Quote((string)connection.Query("SELECT current_database()").Scalar()!);
        var rows = connection.Query("""
            SELECT table_name,
                   bool_or(column_name = 'account_id') AS by_account,
                   bool_or(column_name = 'response_id') AS by_response,
                   bool_or(column_name = 'ticket_id') AS by_ticket
            FROM information_schema.columns
            WHERE table_catalog = current_database() AND table_schema = 'main'
              AND table_name IN (SELECT table_name FROM information_schema.tables
                                 WHERE table_catalog = current_database() AND table_schema = 'main' AND table_type = 'BASE TABLE')
            GROUP BY table_name
            ORDER BY by_account DESC, table_name
            """);
        var shadows = new List<Shadow>();
        for (var i = 0; i < rows.RowCount; i++)
        {
            var name = rows.Column<string>("table_name")[i];
            var filter = rows.Column<bool>("by_account")[i] ? "account_id IN (SELECT account_id FROM temp.main.scope_account)"
                : rows.Column<bool>("by_response")[i] ? "response_id IN (SELECT response_id FROM temp.main.fact_survey_response)"
                : rows.Column<bool>("by_ticket")[i] ? "ticket_id IN (SELECT ticket_id FROM temp.main.fact_ticket)"
                : null;
            if (filter is not null)
            {
                shadows.Add(new Shadow(SqlIdentifier.Quote(name), filter, Verbatims.GetValueOrDefault(name, [])));
            }
        }
        return new ScopedTables(catalog, shadows);
    }

    /// <summary>Restricts <paramref name="connection"/> to <paramref name="scope"/> until it closes.</summary>
    public void Apply(DbConnection connection, IReadScope scope)
    {
        if (!scope.IsUnrestricted)
        {
            connection.Execute(
                $"""
                CREATE TEMP TABLE scope_account AS
                SELECT account_id FROM {catalog}.main.dim_account
                WHERE lower(trim(csm)) IN (SELECT unnest($1::VARCHAR[])) OR account_id IN (SELECT unnest($2::VARCHAR[]))
                """,
                scope.Csms, scope.Accounts);
        }
        connection.Execute(string.Join('\n', shadows
            .Where(s => !scope.IsUnrestricted || (!scope.ReadsVerbatims && s.Verbatims.Length > 0))
            .Select(s => s.View(catalog, scope))));
    }

    private sealed record Shadow(string Table, string Filter, string[] Verbatims)
    {
        public string View(string catalog, IReadScope scope)
        {
            var columns = scope.ReadsVerbatims || Verbatims.Length == 0
                ? "*"
                : $"* REPLACE ({string.Join(", ", Verbatims.Select(c => $"NULL::VARCHAR AS {SqlIdentifier.Quote(c)}"))})";
            var where = scope.IsUnrestricted ? "" : $" WHERE {Filter}";
            return $"CREATE TEMP VIEW {Table} AS SELECT {columns} FROM {catalog}.main.{Table}{where};";
        }
    }
}
