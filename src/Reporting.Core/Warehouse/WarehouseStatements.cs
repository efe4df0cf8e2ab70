using System.Data.Common;
using Reporting.DuckDb;

namespace Reporting.Core.Warehouse;

/// <summary>Runs ClickHouse statements one by one: its HTTP interface takes one statement per request.</summary>
internal static class WarehouseStatements
{
    public static void Run(this DbConnection clickHouse, IEnumerable<string> statements)
    {
        foreach (var statement in statements)
        {
            clickHouse.Execute(statement);
        }
    }
}
