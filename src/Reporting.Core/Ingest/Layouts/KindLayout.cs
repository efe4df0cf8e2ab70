namespace Reporting.Core.Ingest.Layouts;

/// <summary>The canonical layout of one kind of fact: its table, natural key, fields and rules.</summary>
public sealed record KindLayout(FactKind Kind, string Table, IReadOnlyList<string> Key, IReadOnlyList<FieldSpec> Fields)
{
    /// <summary>Checks across fields of one row (score ranges, time order).</summary>
    public IReadOnlyList<RowRule> Rules { get; init; } = [];

    /// <summary>Fields that must name a row that already exists in the database.</summary>
    public IReadOnlyList<ReferenceRule> References { get; init; } = [];

    /// <summary>
    /// A load is the whole table (the team file is the whole team): rows whose key it lacks are
    /// removed when it commits, and it never loads in part (no --skip-invalid).
    /// </summary>
    public bool IsWholeTable { get; init; }

    /// <summary>Tables keyed like this one whose rows go when their row goes (a removed member's password).</summary>
    public IReadOnlyList<string> KeyedAlike { get; init; } = [];

    public FieldSpec Field(string name) => Fields.Single(f => f.Name == name);
}

/// <summary>A row is rejected where <paramref name="ViolationSql"/> (over typed fields) is true.</summary>
public sealed record RowRule(string Field, string ViolationSql, string Reason)
{
    /// <summary>SQL text of a reason that names values of the row (the ARR before a movement); null: <see cref="Reason"/>.</summary>
    public string? ReasonSql { get; init; }
}

/// <summary>
/// <paramref name="Field"/> must match <paramref name="TargetKey"/> of <paramref name="TargetTable"/>.
/// Account references also match an account's exact name, which is then replaced by its id. Errors
/// speak of the <paramref name="Noun"/> and the kind to load first, never of the table.
/// </summary>
public sealed record ReferenceRule(string Field, string TargetTable, string TargetKey, string Noun, FactKind LoadFirst)
{
    public bool MatchesAccountNames => TargetTable == "dim_account";

    /// <summary>A contact named beside an account must be one of that account's contacts.</summary>
    public bool IsContact => TargetTable == "dim_contact";
}
