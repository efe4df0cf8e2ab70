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
/// On ClickHouse, which has no temporary views, a statement gets the same shadows as its own common
/// table expressions (<see cref="ScopedStatement"/>); there the cubes' views are tables of their rows
/// and are shadowed too.
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

    /// <summary>The tables and views holding accounts' rows, those restricted through another first.</summary>
    internal IReadOnlyList<Shadow> Shadows => shadows;

    /// <summary>Reads the schema once (it changes only by migration, at open).</summary>
    public static ScopedTables Read(DbConnection connection)
    {
        var catalog = SqlIdentifier.Quote((string)connection.Query("SELECT current_database()").Scalar()!);
        var rows = connection.Query("""
            SELECT c.table_name, t.table_type = 'VIEW' AS is_view,
                   bool_or(column_name = 'account_id') AS by_account,
                   bool_or(column_name = 'response_id') AS by_response,
                   bool_or(column_name = 'ticket_id') AS by_ticket
            FROM information_schema.columns c
            JOIN information_schema.tables t
              ON t.table_catalog = c.table_catalog AND t.table_schema = c.table_schema AND t.table_name = c.table_name
            WHERE c.table_catalog = current_database() AND c.table_schema = 'main'
            GROUP BY c.table_name, is_view
            ORDER BY by_account DESC, c.table_name
            """);
        var shadows = new List<Shadow>();
        for (var i = 0; i < rows.RowCount; i++)
        {
            var name = rows.Column<string>("table_name")[i];
            var through = rows.Column<bool>("by_account")[i] ? Through.Account
                : rows.Column<bool>("by_response")[i] ? Through.Response
                : rows.Column<bool>("by_ticket")[i] ? Through.Ticket
                : (Through?)null;
            // A view is a table only on ClickHouse; on DuckDB it reads the shadowed tables.
            if (through is { } by && !(rows.Column<bool>("is_view")[i] && by != Through.Account))
            {
                shadows.Add(new Shadow(name, by, Verbatims.GetValueOrDefault(name, []), rows.Column<bool>("is_view")[i]));
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
            .Where(s => !s.IsView && s.Applies(scope))
            .Select(s => View(s, scope))));
    }

    private string View(Shadow shadow, IReadScope scope)
    {
        var columns = shadow.Columns(scope, "NULL::VARCHAR");
        var where = scope.IsUnrestricted ? "" : $" WHERE {shadow.Key} IN (SELECT {shadow.Key} FROM temp.main.{shadow.Source})";
        var table = SqlIdentifier.Quote(shadow.Table);
        return $"CREATE TEMP VIEW {table} AS SELECT {columns} FROM {catalog}.main.{table}{where};";
    }

    /// <summary>How a table's rows are tied to an account: its own account_id, or its response's or ticket's.</summary>
    internal enum Through
    {
        Account,
        Response,
        Ticket,
    }

    /// <summary>A table (or, on ClickHouse, a view's rows) read through a restriction.</summary>
    internal sealed record Shadow(string Table, Through By, string[] Verbatims, bool IsView)
    {
        /// <summary>The column whose value must be in the scope, and the (shadowed) table those values come from.</summary>
        public string Key => By switch { Through.Account => "account_id", Through.Response => "response_id", _ => "ticket_id" };

        public string Source => By switch { Through.Account => "scope_account", Through.Response => "fact_survey_response", _ => "fact_ticket" };

        /// <summary>Whether the scope restricts this table at all: any row restriction, or its verbatims hidden.</summary>
        public bool Applies(IReadScope scope) => !scope.IsUnrestricted || (!scope.ReadsVerbatims && Verbatims.Length > 0);

        /// <summary>The columns a reader in <paramref name="scope"/> gets: all, the verbatims as <paramref name="nullText"/> when it may not read them.</summary>
        public string Columns(IReadScope scope, string nullText) => scope.ReadsVerbatims || Verbatims.Length == 0
            ? "*"
            : $"* REPLACE ({string.Join(", ", Verbatims.Select(c => $"{nullText} AS {SqlIdentifier.Quote(c)}"))})";
    }
}
