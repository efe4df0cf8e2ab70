using System.Globalization;
using System.Text;

namespace Reporting.Core.Ingest.Reading;

/// <summary>
/// Counts the fields of every record of a CSV file (quotes respected, so a line break inside a
/// quoted field stays in its record) and names the lines whose count differs from the header's:
/// a trailing summary line, a truncated line, one comma too many. Runs only when a file could not
/// be read as it should, streaming, in one pass.
/// </summary>
internal static class CsvFieldCounts
{
    private const int PreviewBytes = 60;

    /// <summary>The delimiter the header line uses most often outside quotes; null when it has none of , ; tab |.</summary>
    public static byte? DelimiterOf(ReadOnlySpan<byte> headerLine)
    {
        byte? best = null;
        var bestCount = 0;
        foreach (var candidate in ",;\t|"u8)
        {
            var count = CountOutsideQuotes(headerLine, candidate);
            if (count > bestCount)
            {
                (best, bestCount) = (candidate, count);
            }
        }
        return best;
    }

    /// <summary>One error per record whose field count differs from the header's (the first <paramref name="limit"/>), and how many there are.</summary>
    public static (IReadOnlyList<LoadError> Errors, long Total) Differing(string path, string name, byte delimiter, int limit)
    {
        var errors = new List<LoadError>();
        long total = 0, headerFields = -1;
        foreach (var (line, fields, preview) in Records(path, delimiter))
        {
            if (headerFields < 0)
            {
                headerFields = fields;
            }
            else if (fields != headerFields && ++total <= limit)
            {
                errors.Add(new LoadError(name, line, "", preview,
                    $"line {line} has {Fields(fields)}, the header has {headerFields.ToString("N0", CultureInfo.InvariantCulture)}")
                {
                    Hint = "a summary or truncated line, or a delimiter inside a value that is not quoted",
                });
            }
        }
        return (errors, total);
    }

    private static string Fields(long count) =>
        count == 1 ? "1 field" : $"{count.ToString("N0", CultureInfo.InvariantCulture)} fields";

    /// <summary>Each non-blank record: the line it starts on, its field count and the start of its text.</summary>
    private static IEnumerable<(long Line, long Fields, string Preview)> Records(string path, byte delimiter)
    {
        using var stream = new BufferedStream(File.OpenRead(path), 1 << 16);
        var preview = new List<byte>(PreviewBytes);
        long line = 1, start = 1, fields = 1;
        bool quoted = false, empty = true;
        int value;
        while ((value = stream.ReadByte()) >= 0)
        {
            if (value == '\n')
            {
                line++;
            }
            if (!quoted && value is '\n' or '\r')
            {
                if (!empty)
                {
                    yield return (start, fields, Preview(preview));
                }
                (start, fields, empty) = (line, 1, true);
                preview.Clear();
                continue;
            }
            empty = false;
            if (preview.Count < PreviewBytes)
            {
                preview.Add((byte)value);
            }
            if (value == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && value == delimiter)
            {
                fields++;
            }
        }
        if (!empty)
        {
            yield return (start, fields, Preview(preview));
        }
    }

    private static string Preview(List<byte> bytes)
    {
        var text = Encoding.UTF8.GetString(bytes.ToArray()).TrimEnd('\uFFFD');
        return bytes.Count < PreviewBytes ? text : text + "…";
    }

    private static int CountOutsideQuotes(ReadOnlySpan<byte> line, byte delimiter)
    {
        var (count, quoted) = (0, false);
        foreach (var b in line)
        {
            quoted ^= b == '"';
            count += !quoted && b == delimiter ? 1 : 0;
        }
        return count;
    }
}
