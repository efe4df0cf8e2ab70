using System.Data.Common;
using System.Text;
using Reporting.Core.Ingest.Staging;
using Reporting.DuckDb;

namespace Reporting.Core.Ingest.Validation;

/// <summary>
/// Writes the rows a --skip-invalid load rejected to "NAME.rejects.csv" beside the input: the line,
/// the reasons, then the row's own columns as read, so it can be fixed and loaded again.
/// </summary>
internal static class RejectsWriter
{
    public static string? Write(DbConnection connection, StagedFile file)
    {
        var rows = connection.Query($"""
            SELECT e.record AS __record, e.reasons, s.*
            FROM (SELECT {file.File.RecordSql} AS __record, * FROM {file.File.Table}) s
            JOIN (SELECT record, string_agg(source || ': ' || reason, '; ' ORDER BY check_order) AS reasons
                  FROM {LoadValidator.Errors} WHERE file = $1 GROUP BY record) e ON s.__record = e.record
            ORDER BY e.record
            """, file.File.Index);
        var path = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(file.File.Path))!, Path.GetFileNameWithoutExtension(file.File.Path) + ".rejects.csv");
        if (rows.RowCount == 0)
        {
            // A rejects file from an earlier load of this input would be mistaken for this one's.
            File.Delete(path);
            return null;
        }
        var records = rows.Column<long>("__record");
        var lines = ErrorReader.LineIndex(connection, file, records.Values.ToArray());
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        writer.WriteLine(string.Join(",", new[] { "line", "reasons" }.Concat(file.File.Header).Select(Quote)));
        for (var i = 0; i < rows.RowCount; i++)
        {
            var values = new List<string?> { lines[records[i]].ToString(System.Globalization.CultureInfo.InvariantCulture), rows.Columns[1].GetValue(i) as string };
            values.AddRange(Enumerable.Range(3, file.File.Header.Count).Select(c => rows.Columns[c].GetValue(i)?.ToString()));
            writer.WriteLine(string.Join(",", values.Select(Quote)));
        }
        return path;
    }

    private static string Quote(string? value) => value is null
        ? ""
        : value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
}
