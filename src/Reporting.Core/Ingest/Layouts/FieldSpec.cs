namespace Reporting.Core.Ingest.Layouts;

/// <summary>
/// One field of a canonical layout: its name in files, the column it fills, how it parses, whether
/// it is required, and for enumerations the accepted spellings mapped to the stored value.
/// </summary>
public sealed record FieldSpec(string Name, FieldType Type, bool Required = false)
{
    /// <summary>The target column; differs from <see cref="Name"/> where SQL reserves the name (group).</summary>
    public string Column { get; init; } = Name;

    /// <summary>Accepted values (compared case-insensitively) and what each is stored as; null for any value.</summary>
    public IReadOnlyDictionary<string, string>? Allowed { get; init; }

    /// <summary>The reason given when the text does not parse, instead of the type's (a score names its ranges).</summary>
    public string? InvalidReason { get; init; }

    /// <summary>SQL that fills this field when the file leaves it empty; {other_field} stands for that field's value.</summary>
    public string? DefaultSql { get; init; }

    /// <summary>An enumeration whose spellings are its canonical values, plus extra aliases.</summary>
    public FieldSpec OneOf(string[] values, params (string Alias, string Value)[] aliases) => this with
    {
        Allowed = values.Select(v => (v, v)).Concat(aliases)
            .ToDictionary(p => p.Item1.ToLowerInvariant(), p => p.Item2, StringComparer.Ordinal),
    };
}
