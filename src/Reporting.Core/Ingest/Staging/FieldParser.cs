using Reporting.Core.Ingest.Layouts;
using Reporting.Core.Ingest.Profiles;
using Reporting.Core.Sql;

namespace Reporting.Core.Ingest.Staging;

/// <summary>
/// Builds the SQL that turns a field's staged text into its typed value, NULL where the text does
/// not parse. Timestamps without an offset are read in the session's time zone (the load's) and
/// stored as UTC.
/// </summary>
internal sealed class FieldParser(KindLayout layout, IReadOnlyDictionary<string, FieldSource> sources)
{
    public static string RawColumn(FieldSpec field) => SqlIdentifier.Quote("r_" + field.Name);

    /// <summary>
    /// The typed value of <paramref name="field"/>: parsed (and derived) from its text, else the
    /// field's default, else NULL.
    /// </summary>
    public string Typed(FieldSpec field)
    {
        var value = sources.ContainsKey(field.Name) ? Value(field) : "NULL";
        return field.DefaultSql is null ? value : $"coalesce({value}, {Fill(field.DefaultSql)})";
    }

    /// <summary>The value parsed (and derived) from the text alone, without the default.</summary>
    private string Value(FieldSpec field)
    {
        var source = sources[field.Name];
        var parsed = Parse(RawColumn(field), source.ParseAs ?? field.Type, source.ParseAs is null ? field.Allowed : null);
        return source.DeriveSql is null ? parsed : Fill(source.DeriveSql.Replace("{value}", parsed, StringComparison.Ordinal));
    }

    /// <summary>What must be non-NULL for non-empty text to count as valid.</summary>
    public string ValidityCheck(FieldSpec field)
    {
        var source = sources[field.Name];
        // A derivation of the text alone (good/bad → 5/1) decides validity; one that also reads other
        // fields (created_at + minutes) is NULL when they are, and their own checks report that.
        var derivationDecides = source.DeriveSql is null || (source.InvalidReason is not null && !ReadsOtherFields(source.DeriveSql));
        return derivationDecides ? Value(field) : Parse(RawColumn(field), source.ParseAs ?? field.Type, allowed: null);
    }

    public static string InvalidReason(FieldSpec field, FieldSource source) => source.InvalidReason ?? (field.Allowed is { } allowed
        ? $"must be one of {string.Join(", ", allowed.Values.Distinct())}"
        : field.Type switch
        {
            FieldType.Integer => $"is not a whole number between {int.MinValue} and {int.MaxValue}",
            FieldType.Decimal => "is not a number (use . for decimals)",
            FieldType.Date => "is not a date (YYYY-MM-DD)",
            FieldType.Timestamp => "is not an ISO-8601 timestamp",
            FieldType.Boolean => "is not true or false",
            _ => "is not valid text",
        });

    private static string Parse(string raw, FieldType type, IReadOnlyDictionary<string, string>? allowed)
    {
        var text = $"NULLIF(trim({raw}), '')";
        if (allowed is not null)
        {
            var cases = string.Join(" ", allowed.Select(p => $"WHEN {SqlIdentifier.Literal(p.Key)} THEN {SqlIdentifier.Literal(p.Value)}"));
            return $"(CASE lower({text}) {cases} END)";
        }
        return type switch
        {
            FieldType.Text => text,
            // DuckDB would round "7.5" into an integer; a whole number must be written as one. The
            // schema's integer columns are 32-bit: a larger number must fail here, not in the merge.
            FieldType.Integer => $"(CASE WHEN regexp_full_match({text}, '[+-]?[0-9]+') THEN TRY_CAST({text} AS INTEGER) END)",
            FieldType.Decimal => $"TRY_CAST({text} AS DECIMAL(38, 10))",
            FieldType.Date => $"TRY_CAST({text} AS DATE)",
            FieldType.Timestamp => $"(TRY_CAST({text} AS TIMESTAMPTZ) AT TIME ZONE 'UTC')",
            FieldType.Boolean => $"TRY_CAST({text} AS BOOLEAN)",
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
        };
    }

    private bool ReadsOtherFields(string template) =>
        layout.Fields.Any(f => template.Contains("{" + f.Name + "}", StringComparison.Ordinal));

    /// <summary>Fills a template's {other_field} placeholders with those fields' typed values.</summary>
    private string Fill(string template)
    {
        var sql = template;
        foreach (var other in layout.Fields)
        {
            var placeholder = "{" + other.Name + "}";
            if (sql.Contains(placeholder, StringComparison.Ordinal))
            {
                sql = sql.Replace(placeholder, Typed(other), StringComparison.Ordinal);
            }
        }
        return $"({sql})";
    }
}
