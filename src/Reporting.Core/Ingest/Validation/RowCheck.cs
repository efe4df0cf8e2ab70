namespace Reporting.Core.Ingest.Validation;

/// <summary>
/// One check: rows where <paramref name="Condition"/> holds are reported with the value of
/// <paramref name="ValueSql"/> and <paramref name="Reason"/> (or, when set, the text of <see cref="ReasonSql"/>).
/// </summary>
internal sealed record RowCheck(string Condition, string Source, string ValueSql, string Reason)
{
    /// <summary>A reason that names values of the row (e.g. the account a contact belongs to).</summary>
    public string? ReasonSql { get; init; }

    /// <summary>What the quick pass asks instead, when <see cref="Condition"/> needs the staged text the quick pass does not keep.</summary>
    public string? Quick { get; init; }
}
