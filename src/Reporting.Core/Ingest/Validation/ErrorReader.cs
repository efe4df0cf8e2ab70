using System.Data.Common;
using System.Globalization;
using Reporting.Core.Ingest.Reading;
using Reporting.Core.Ingest.Staging;
using Reporting.DuckDb;

namespace Reporting.Core.Ingest.Validation;

/// <summary>Reads the recorded errors back as <see cref="LoadError"/>s with file names and line numbers.</summary>
internal sealed class ErrorReader(DbConnection connection, IReadOnlyDictionary<int, StagedFile> files)
{
    public long Count() => Scalar($"SELECT count(*) FROM {LoadValidator.Errors}");

    public long RejectedRows() => Scalar($"SELECT count(*) FROM (SELECT DISTINCT file, record FROM {LoadValidator.Errors})");

    /// <summary>The first <paramref name="limit"/> errors in file, line and check order.</summary>
    public IReadOnlyList<LoadError> First(int limit)
    {
        var rows = connection.Query($"""
            SELECT file, record, source, value, reason, related_file, related_record
            FROM {LoadValidator.Errors} ORDER BY file, record, check_order LIMIT $1
            """, limit);
        var recordsByFile = Enumerable.Range(0, rows.RowCount)
            .SelectMany(i => RecordsOf(rows, i))
            .GroupBy(p => p.File)
            .ToDictionary(g => g.Key, g => LineIndex(connection, files[g.Key], g.Select(p => p.Record)));
        return Enumerable.Range(0, rows.RowCount).Select(i => ToError(rows, i, recordsByFile)).ToList();
    }

    /// <summary>The line of a record in its file: exact for CSV, the record's position otherwise.</summary>
    public static IReadOnlyDictionary<long, long> LineIndex(DbConnection connection, StagedFile file, IEnumerable<long> records) => file.File.Format switch
    {
        FileFormat.Csv => CsvLineIndex.LinesOf(connection, file.File.ReadPath, records),
        FileFormat.JsonLines => JsonLinesFile.LinesOf(file.File.ReadPath, records),
        _ => records.Distinct().ToDictionary(r => r, r => r + 1),
    };

    private static IEnumerable<(int File, long Record)> RecordsOf(DuckDbResultSet rows, int i)
    {
        yield return (rows.Column<int>("file")[i], rows.Column<long>("record")[i]);
        if (!rows["related_file"].IsNull(i))
        {
            yield return (rows.Column<int>("related_file")[i], rows.Column<long>("related_record")[i]);
        }
    }

    private LoadError ToError(DuckDbResultSet rows, int i, Dictionary<int, IReadOnlyDictionary<long, long>> lines)
    {
        var file = rows.Column<int>("file")[i];
        var reason = rows.Column<string>("reason")[i];
        if (!rows["related_file"].IsNull(i))
        {
            var relatedFile = rows.Column<int>("related_file")[i];
            var relatedLine = lines[relatedFile][rows.Column<long>("related_record")[i]];
            var where = relatedFile == file ? $"line {relatedLine}" : $"{files[relatedFile].File.Name} line {relatedLine}";
            reason = $"{reason} ({where})";
        }
        return new LoadError(
            files[file].File.Name,
            lines[file][rows.Column<long>("record")[i]],
            rows.Column<string>("source")[i],
            // A NUL would end the line in many a terminal and log; it is shown as \0.
            (rows["value"].GetValue(i) as string)?.Replace("\0", "\\0", StringComparison.Ordinal),
            reason);
    }

    private long Scalar(string sql) => Convert.ToInt64(connection.Query(sql).Scalar(), CultureInfo.InvariantCulture);
}
