using Reporting.Core.Sql;
using Reporting.DuckDb;

namespace Reporting.Core.Access;

/// <summary>
/// Restricts a connection to a scope: every table of the database that holds an account's rows is
/// shadowed, on that connection only, by a temporary view of the same name holding only the scope's
/// accounts. DuckDB resolves unqualified (and <c>main.</c>-qualified) names in the temporary catalog
/// first, so every statement on the connection reads through the views, whoever wrote it. Which tables
/// are shadowed is read from the schema, so a new fact table is restricted without anyone listing it:
/// a table with <c>account_id</c> directly, one with <c>response_id</c> or <c>ticket_id</c> through the
/// (already restricted) responses or tickets. Tables with none of them hold no account's rows.
/// </summary>
public sealed class ScopedTables
{
    private readonly string catalog;
    private readonly string viewsSql;

    private ScopedTables(string catalog, string viewsSql)
    {
        this.catalog = catalog;
        this.viewsSql = viewsSql;
    }

    /// <summary>Reads the schema once (it changes only by migration, at open).</summary>
    public static ScopedTables Read(DuckDbConnection connection)
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
            ORDER BY table_name
            """);
        var direct = new List<string>();
        var linked = new List<string>();
        for (var i = 0; i < rows.RowCount; i++)
        {
            var table = SqlIdentifier.Quote(rows.Column<string>("table_name")[i]);
            if (rows.Column<bool>("by_account")[i])
            {
                direct.Add($"CREATE TEMP VIEW {table} AS SELECT * FROM {catalog}.main.{table} WHERE account_id IN (SELECT account_id FROM temp.main.scope_account);");
            }
            else if (rows.Column<bool>("by_response")[i])
            {
                linked.Add($"CREATE TEMP VIEW {table} AS SELECT * FROM {catalog}.main.{table} WHERE response_id IN (SELECT response_id FROM temp.main.fact_survey_response);");
            }
            else if (rows.Column<bool>("by_ticket")[i])
            {
                linked.Add($"CREATE TEMP VIEW {table} AS SELECT * FROM {catalog}.main.{table} WHERE ticket_id IN (SELECT ticket_id FROM temp.main.fact_ticket);");
            }
        }
        return new ScopedTables(catalog, string.Join('\n', direct.Concat(linked)));
    }

    /// <summary>Restricts <paramref name="connection"/> to <paramref name="scope"/> until it closes.</summary>
    public void Apply(DuckDbConnection connection, AccessScope scope)
    {
        connection.Execute(
            $"""
            CREATE TEMP TABLE scope_account AS
            SELECT account_id FROM {catalog}.main.dim_account
            WHERE lower(trim(csm)) IN (SELECT unnest($1::VARCHAR[])) OR account_id IN (SELECT unnest($2::VARCHAR[]))
            """,
            scope.Csms, scope.Accounts);
        connection.Execute(viewsSql);
    }
}
