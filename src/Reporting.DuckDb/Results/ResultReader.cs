using System.Data.Common;

namespace Reporting.DuckDb;

/// <summary>Reads a whole result from an ADO.NET reader into typed columns.</summary>
internal static class ResultReader
{
    public static DuckDbResultSet Read(DbDataReader reader)
    {
        var buffers = Enumerable.Range(0, reader.FieldCount).Select(i => ColumnReaders.Create(reader, i)).ToArray();
        var rows = 0;
        while (reader.Read())
        {
            for (var i = 0; i < buffers.Length; i++)
            {
                buffers[i].Read(reader, i, rows);
            }
            rows++;
        }
        return new DuckDbResultSet(buffers.Select(b => b.Build(rows)).ToArray(), rows);
    }
}
