namespace Reporting.Core.Ingest;

/// <summary>
/// One reason a row (or a file) cannot load: the file, the line in it (1 = the header), the column
/// as the file names it, the offending text, and why.
/// </summary>
public sealed record LoadError(string File, long Line, string Column, string? Value, string Reason)
{
    public override string ToString() =>
        $"{System.IO.Path.GetFileName(File)}:{Line}: column '{Column}'{(Value is null ? "" : $" value '{Value}'")}: {Reason}";
}
