using System.Text.Json.Serialization;

namespace Reporting.Core.Ingest;

/// <summary>
/// One reason a row (or a file, or an option) cannot load: the file as the user named it, the line
/// as an editor shows it (1 = the header; 0 = the file as a whole), the column as the file names it
/// (or the option, when <see cref="File"/> is empty), the offending text, and why, in the user's words.
/// </summary>
public sealed record LoadError(string File, long Line, string Column, string? Value, string Reason)
{
    /// <summary>What to do about it, where that is not obvious from the reason.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Hint { get; init; }

    /// <summary>The reader's own words (DuckDB's), shown only when asked for (--verbose); never sent over HTTP.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Detail { get; init; }

    /// <summary>The whole error as one line, as the command line prints it.</summary>
    public string Message => ToString();

    public override string ToString()
    {
        var parts = new List<string>();
        if (File.Length > 0)
        {
            parts.Add(Line > 0 ? $"{File}:{Line}:" : $"{File}:");
        }
        if (Column.Length > 0)
        {
            parts.Add(File.Length > 0 ? $"column '{Column}'" : Column.StartsWith("--", StringComparison.Ordinal) ? $"option {Column}" : $"parameter '{Column}'");
        }
        if (Value is not null)
        {
            parts.Add($"value '{Value}'");
        }
        var where = string.Join(" ", parts).TrimEnd(':');
        var hint = Hint is null ? "" : $" ({Hint})";
        return where.Length == 0 ? Reason + hint : $"{where}: {Reason}{hint}";
    }
}
