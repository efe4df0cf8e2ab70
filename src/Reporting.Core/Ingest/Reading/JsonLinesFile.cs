using System.Text;
using System.Text.Json;

namespace Reporting.Core.Ingest.Reading;

/// <summary>
/// Lines of a JSON lines file as an editor numbers them. DuckDB's reader skips blank lines, so a
/// record's line is found by counting the non-blank ones; the first line that is not a JSON object
/// is found by parsing line by line, and only when DuckDB could not read the file.
/// </summary>
internal static class JsonLinesFile
{
    /// <summary>The line of each given 0-based record.</summary>
    public static IReadOnlyDictionary<long, long> LinesOf(string path, IEnumerable<long> records)
    {
        var wanted = new SortedSet<long>(records);
        var lines = new Dictionary<long, long>();
        long record = -1, line = 0;
        foreach (var text in File.ReadLines(path))
        {
            line++;
            if (wanted.Count == 0)
            {
                break;
            }
            if (!string.IsNullOrWhiteSpace(text) && wanted.Remove(++record))
            {
                lines[record] = line;
            }
        }
        return lines;
    }

    /// <summary>The first line that is not one JSON object, as an error; null when every line is one.</summary>
    public static LoadError? FirstMalformed(string path, string name)
    {
        long line = 0;
        foreach (var text in File.ReadLines(path, Encoding.UTF8))
        {
            line++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }
            var problem = ProblemOf(text, line);
            if (problem is not null)
            {
                return new LoadError(name, line, "", Preview(text), problem) { Hint = "JSON lines hold one complete object per line" };
            }
        }
        return null;
    }

    private static string? ProblemOf(string text, long line)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.ValueKind == JsonValueKind.Object ? null : $"line {line} is a JSON {document.RootElement.ValueKind.ToString().ToLowerInvariant()}, not an object";
        }
        catch (JsonException e)
        {
            return $"line {line} is not valid JSON (near position {e.BytePositionInLine + 1})";
        }
    }

    private static string Preview(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
