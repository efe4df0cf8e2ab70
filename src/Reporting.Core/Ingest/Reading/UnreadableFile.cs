using System.Data.Common;
using System.Globalization;
using Reporting.DuckDb;

namespace Reporting.Core.Ingest.Reading;

/// <summary>
/// Says why DuckDB could not read a file, in the user's words: which line is not UTF-8, which
/// lines have a different number of fields than the header, which line is too long, which JSON line
/// is broken. DuckDB's own message goes into the error's detail (shown with --verbose).
/// </summary>
internal static class UnreadableFile
{
    /// <summary>DuckDB's default max_line_size: a longer CSV line is refused.</summary>
    private const int MaxLineBytes = 2_000_000;

    public const string Latin1Hint = "if it was saved as Latin-1 or Windows-1252 (older Excel), load it with --encoding latin1 (encoding=latin1 over HTTP), or save it as CSV UTF-8";

    public static LoadFailure Explain(string path, string name, FileFormat format, DbException e, int maxErrors)
    {
        var failure = format == FileFormat.Parquet ? null : NotUtf8(path, name) ?? (format == FileFormat.Csv ? CsvProblem(path, name, e, maxErrors) : JsonProblem(path, name));
        return failure ?? LoadFailure.ForFile(name, format == FileFormat.Parquet ? "is not a Parquet file DuckDB can read" : "cannot be read",
            hint: "run with --verbose to see the reader's own message", detail: e.Message);
    }

    private static LoadFailure? NotUtf8(string path, string name)
    {
        if (Utf8Lines.FirstInvalid(path) is not var (line, bad))
        {
            return null;
        }
        return new LoadFailure([new LoadError(name, line, "", null,
            $"is not UTF-8 text: line {line} has the byte 0x{bad:X2}, which UTF-8 does not allow") { Hint = Latin1Hint }]);
    }

    private static LoadFailure? CsvProblem(string path, string name, DbException e, int maxErrors)
    {
        if (e.Message.Contains("Maximum line size", StringComparison.Ordinal) && LongLine(path) is { } line)
        {
            return new LoadFailure([new LoadError(name, line, "", null,
                $"line {line} is longer than {MaxLineBytes.ToString("N0", CultureInfo.InvariantCulture)} bytes, the longest line a CSV file may have")
            {
                Hint = "a quote that is never closed joins the lines after it; otherwise shorten the value",
            }]);
        }
        return FieldCountFailure(path, name, maxErrors);
    }

    /// <summary>Lines whose number of fields differs from the header's, guessing the delimiter from the header line.</summary>
    public static LoadFailure? FieldCountFailure(string path, string name, int maxErrors)
    {
        if (CsvFieldCounts.DelimiterOf(FileStart.Read(path).FirstLine((byte)'"')) is not { } delimiter)
        {
            return null;
        }
        var (errors, total) = CsvFieldCounts.Differing(path, name, delimiter, maxErrors);
        return errors.Count == 0 ? null : new LoadFailure(errors, total);
    }

    private static LoadFailure? JsonProblem(string path, string name) =>
        JsonLinesFile.FirstMalformed(path, name) is { } error ? new LoadFailure([error]) : null;

    /// <summary>The first line longer than DuckDB allows.</summary>
    private static long? LongLine(string path)
    {
        using var stream = new BufferedStream(File.OpenRead(path), 1 << 16);
        long line = 1, length = 0;
        int value;
        while ((value = stream.ReadByte()) >= 0)
        {
            if (value == '\n')
            {
                (line, length) = (line + 1, 0);
            }
            else if (++length > MaxLineBytes)
            {
                return line;
            }
        }
        return null;
    }
}
