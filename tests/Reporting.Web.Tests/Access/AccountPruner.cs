using Reporting.DuckDb;
using Reporting.Core.Storage;

namespace Reporting.Web.Tests.Access;

/// <summary>
/// Deletes every row of every account but <paramref name="keep"/> from a database, in every table that
/// holds account rows (found from the schema as the scoped connections find them): what a database
/// holding only those accounts would be. A scoped caller must see exactly what an admin sees there.
/// </summary>
public static class AccountPruner
{
    public static void KeepOnly(ReportingDatabase database, IReadOnlyList<string> keep)
    {
        using var connection = database.Connect();
        var tables = connection.Query("""
            SELECT table_name, bool_or(column_name = 'account_id') AS by_account, bool_or(column_name = 'response_id') AS by_response
            FROM information_schema.columns
            WHERE table_schema = 'main' AND table_name IN (SELECT table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE')
            GROUP BY table_name
            """);
        var byResponse = new List<string>();
        connection.Execute("BEGIN TRANSACTION");
        for (var i = 0; i < tables.RowCount; i++)
        {
            var table = tables.Column<string>("table_name")[i];
            if (tables.Column<bool>("by_account")[i])
            {
                // Names come from the schema, not from a user: quoting is enough.
                connection.Execute($"DELETE FROM \"{table}\" WHERE account_id NOT IN (SELECT unnest($1::VARCHAR[]))", keep);
            }
            else if (tables.Column<bool>("by_response")[i])
            {
                byResponse.Add(table);
            }
        }
        foreach (var table in byResponse)
        {
            connection.Execute($"DELETE FROM \"{table}\" WHERE response_id NOT IN (SELECT response_id FROM fact_survey_response)");
        }
        connection.Execute("COMMIT");
    }
}
