namespace Reporting.Core.Ingest.Reading;

/// <summary>
/// Finds the line on which CSV records start, so errors name the line an editor shows even when
/// quoted fields span several lines. Read only when there are errors to report.
/// </summary>
public static class CsvLineIndex
{
    /// <summary>Line numbers (1 = header) of the given 0-based data records.</summary>
    public static IReadOnlyDictionary<long, long> LinesOf(string path, IEnumerable<long> records)
    {
        var wanted = new SortedSet<long>(records);
        var lines = new Dictionary<long, long>();
        if (wanted.Count == 0)
        {
            return lines;
        }
        using var stream = new BufferedStream(File.OpenRead(path), 1 << 16);
        // The header is the record before the first data record (0), hence the start below -1.
        long line = 1, record = -2;
        bool quoted = false, atRecordStart = true;
        int value;
        while ((value = stream.ReadByte()) >= 0 && wanted.Count > 0)
        {
            if (value == '\n' && !quoted)
            {
                line++;
                atRecordStart = true;
                continue;
            }
            if (value == '\r' && !quoted)
            {
                continue;
            }
            if (atRecordStart)
            {
                // A record starts at the first byte of a non-blank line outside quotes.
                atRecordStart = false;
                record++;
                if (wanted.Remove(record))
                {
                    lines[record] = line;
                }
            }
            if (value == '"')
            {
                quoted = !quoted;
            }
            else if (value == '\n')
            {
                line++;
            }
        }
        return lines;
    }
}
