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

/// <summary>The checks as one UNION ALL of filtered scans; names and reasons travel as bound parameters.</summary>
internal sealed class RowChecks
{
    private readonly List<string> items = [];
    private readonly List<object?> parameters = [];

    public int Count => items.Count;

    public string Sql => string.Join("\nUNION ALL ", items);

    public object?[] Parameters => [.. parameters];

    public void Add(RowCheck check)
    {
        var source = Bind(check.Source);
        var reason = check.ReasonSql ?? Bind(check.Reason);
        items.Add($"SELECT __file, __record, {items.Count}, {source}, {check.ValueSql}::VARCHAR, {reason}, NULL, NULL FROM {Staging.StagingArea.Typed} t WHERE {check.Condition}");
    }

    private string Bind(string value)
    {
        parameters.Add(value);
        return $"${parameters.Count}::VARCHAR";
    }
}
