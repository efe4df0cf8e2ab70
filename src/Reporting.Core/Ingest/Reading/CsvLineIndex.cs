using System.Data.Common;
using Reporting.DuckDb;

namespace Reporting.Core.Ingest.Reading;

/// <summary>
/// Finds the line on which CSV records start, so errors name the line an editor shows even when
/// quoted fields span several lines. It reads the file as DuckDB's sniffer saw it (delimiter,
/// quote, rows skipped above the header), and only when there are errors to report.
/// </summary>
public static class CsvLineIndex
{
    /// <summary>Line numbers of the given 0-based data records; a record it cannot place gets record + 2.</summary>
    public static IReadOnlyDictionary<long, long> LinesOf(DbConnection connection, string path, IEnumerable<long> records)
    {
        var wanted = new SortedSet<long>(records);
        var dialect = CsvDialect.Sniff(connection, path);
        var lines = Scan(path, wanted, dialect);
        foreach (var record in wanted)
        {
            lines[record] = record + 2 + dialect.SkipRows;
        }
        return lines;
    }

    private static Dictionary<long, long> Scan(string path, SortedSet<long> wanted, CsvDialect dialect)
    {
        var lines = new Dictionary<long, long>();
        using var stream = new BufferedStream(File.OpenRead(path), 1 << 16);
        long line = 1, record = -2 - dialect.SkipRows; // the header (and any skipped rows) come before record 0
        bool quoted = false, justClosed = false, atRecordStart = true, atFieldStart = true;
        int value;
        while (wanted.Count > 0 && (value = stream.ReadByte()) >= 0)
        {
            if (!quoted && value is '\n' or '\r')
            {
                line += value == '\n' ? 1 : 0;
                atRecordStart = atFieldStart = true;
                justClosed = false;
                continue;
            }
            if (atRecordStart)
            {
                // A record starts at the first byte of a non-blank line outside quotes.
                atRecordStart = false;
                if (wanted.Remove(++record))
                {
                    lines[record] = line;
                }
            }
            var closedHere = false;
            if (value == dialect.Quote)
            {
                // A quote opens only at a field's start (a stray one inside a field is text), and
                // a doubled quote inside a quoted field is an escaped quote: it closes and reopens.
                if (quoted)
                {
                    quoted = false;
                    closedHere = true;
                }
                else if (atFieldStart || justClosed)
                {
                    quoted = true;
                }
            }
            else if (value == '\n')
            {
                line++;
            }
            justClosed = closedHere;
            atFieldStart = !quoted && value == dialect.Delimiter;
        }
        return lines;
    }

    /// <summary>What DuckDB's sniffer found; the defaults are CSV's when it cannot tell.</summary>
    private sealed record CsvDialect(int Delimiter, int Quote, long SkipRows)
    {
        public static CsvDialect Sniff(DbConnection connection, string path)
        {
            var sniffed = connection.Query("""SELECT "Delimiter", "Quote", "SkipRows" FROM sniff_csv($1)""", path);
            var delimiter = sniffed.Columns[0].GetValue(0) as string;
            var quote = sniffed.Columns[1].GetValue(0) as string;
            return new CsvDialect(
                string.IsNullOrEmpty(delimiter) ? ',' : delimiter[0],
                string.IsNullOrEmpty(quote) ? '"' : quote[0],
                Convert.ToInt64(sniffed.Columns[2].GetValue(0) ?? 0L, System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
