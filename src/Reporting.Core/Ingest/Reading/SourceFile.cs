using System.Data.Common;
using Reporting.DuckDb;

namespace Reporting.Core.Ingest.Reading;

/// <summary>How a file is read, chosen by its extension.</summary>
public enum FileFormat
{
    Csv,
    Parquet,
    JsonLines,
}

/// <summary>
/// One input file, read by DuckDB's own readers into a temporary table of text columns c0, c1 …
/// in the file's column order. Only these generated names reach SQL; the file's own column names
/// are data (read with DESCRIBE, matched in C#), and the path is always a bound parameter.
/// </summary>
public sealed class SourceFile
{
    private readonly FileOnDisk file;

    /// <summary>How many lines an explanation of an unreadable file lists.</summary>
    private readonly int maxErrors;

    private SourceFile(FileOnDisk file, int index, FileFormat format, IReadOnlyList<string> header, int maxErrors)
    {
        this.file = file;
        this.maxErrors = maxErrors;
        Index = index;
        Format = format;
        Header = header;
    }

    /// <summary>The file as given (rejects are written beside it).</summary>
    public string Path => file.Path;

    /// <summary>The file as the user named it: what errors show.</summary>
    public string Name => file.Name;

    /// <summary>What the readers read: the file itself, or its UTF-8 copy when it was in another encoding.</summary>
    public string ReadPath => file.ReadPath;

    /// <summary>How the file was read, when that is worth saying (an encoding other than UTF-8).</summary>
    public string? Note => file.Note;

    /// <summary>The position of the file in the load (several files may load together).</summary>
    public int Index { get; }

    public FileFormat Format { get; }

    /// <summary>The column names as the file writes them.</summary>
    public IReadOnlyList<string> Header { get; }

    public string Table => $"__source_{Index}";

    /// <summary>
    /// The 0-based record number of a row of <see cref="Table"/>. Rows keep the file's order, but
    /// rowids need not start at 0 (inside a transaction they start at a large offset).
    /// </summary>
    public string RecordSql => $"(rowid - (SELECT min(rowid) FROM {Table}))";

    public static string Column(int position) => $"c{position}";

    public static FileFormat FormatOf(string path) => System.IO.Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".parquet" => FileFormat.Parquet,
        ".json" or ".jsonl" or ".ndjson" => FileFormat.JsonLines,
        _ => FileFormat.Csv,
    };

    /// <summary>Reads the header; throws <see cref="LoadFailure"/> naming the file and what is wrong when it cannot be read.</summary>
    internal static SourceFile Open(DbConnection connection, FileOnDisk file, int index, int maxErrors)
    {
        var format = FormatOf(file.Path);
        var header = Read(file, format, maxErrors, () => ReadHeader(connection, file.ReadPath, format));
        return new SourceFile(file, index, format, header, maxErrors);
    }

    /// <summary>Copies every row into <see cref="Table"/> as text; returns the row count.</summary>
    public long Stage(DbConnection connection)
    {
        var (select, parameters) = Reader(1);
        Read(file, Format, maxErrors, () => connection.Execute($"CREATE OR REPLACE TEMP TABLE {Table} AS {select}", [.. parameters]));
        return Convert.ToInt64(connection.Query($"SELECT count(*) FROM {Table}").Scalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// A query of every row of the file as text columns c0, c1 … in the file's order; its
    /// parameters (the path first) are numbered from <paramref name="firstParameter"/>.
    /// </summary>
    public (string Sql, IReadOnlyList<object?> Parameters) Reader(int firstParameter)
    {
        var columns = Enumerable.Range(0, Header.Count).ToList();
        var path = $"${firstParameter}";
        var (select, parameters) = Format switch
        {
            FileFormat.JsonLines => (
                string.Join(", ", columns.Select(i => $"json_extract_string(json, ${firstParameter + i + 1}) AS {Column(i)}")) + $" FROM read_json_objects({path}, format = 'newline_delimited')",
                columns.Select(i => (object?)JsonPath(Header[i]))),
            FileFormat.Parquet => (string.Join(", ", columns.Select(i => $"#{i + 1}::VARCHAR AS {Column(i)}")) + $" FROM read_parquet({path})", []),
            _ => (string.Join(", ", columns.Select(i => $"#{i + 1} AS {Column(i)}")) + " FROM " + CsvReader(path), []),
        };
        return ($"SELECT {select}", [ReadPath, .. parameters]);
    }

    /// <summary>
    /// Why a CSV file seems to lack columns it has: lines whose field count differs from the
    /// header's make DuckDB's sniffer read the file as one column (or take a wide line for the
    /// header). Null when every line agrees, or the file is not CSV.
    /// </summary>
    public LoadFailure? FieldCountFailure() =>
        Format == FileFormat.Csv ? UnreadableFile.FieldCountFailure(ReadPath, Name, maxErrors) : null;

    // Every column as text: types are parsed (and their errors reported) by the loader, not guessed.
    private static string CsvReader(string path) => $"read_csv({path}, header = true, all_varchar = true, auto_detect = true)";

    private static IReadOnlyList<string> ReadHeader(DbConnection connection, string path, FileFormat format)
    {
        var sql = format switch
        {
            // Keys in the order they first appear: by line, then by place within that line (a row
            // number alone ties every key of a line, leaving their order to chance).
            FileFormat.JsonLines => """
                SELECT key AS column_name FROM (
                    SELECT line, unnest(keys) AS key, generate_subscripts(keys, 1) AS position
                    FROM (SELECT json_keys(json) AS keys, row_number() OVER () AS line
                          FROM read_json_objects($1, format = 'newline_delimited')))
                GROUP BY key ORDER BY min(line), arg_min(position, line)
                """,
            FileFormat.Parquet => "SELECT column_name FROM (DESCRIBE SELECT * FROM read_parquet($1))",
            _ => $"SELECT column_name FROM (DESCRIBE SELECT * FROM {CsvReader("$1")})",
        };
        return connection.Query(sql, path).Column<string>("column_name").Values.ToArray();
    }

    private static string JsonPath(string key) => "$.\"" + key.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static T Read<T>(FileOnDisk file, FileFormat format, int maxErrors, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (DbException e)
        {
            throw UnreadableFile.Explain(file.ReadPath, file.Name, format, e, maxErrors);
        }
    }
}
