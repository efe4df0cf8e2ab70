using Reporting.Core.Ingest.Layouts;
using Reporting.Core.Ingest.Profiles;
using Reporting.Core.Sql;

namespace Reporting.Core.Ingest.Staging;

/// <summary>
/// Builds the SQL that turns a field's staged text into its typed value, NULL where the text does
/// not parse. Timestamps without an offset are read in the session's time zone (the load's) and
/// stored as UTC.
/// </summary>
internal sealed class FieldParser(KindLayout layout, IReadOnlyDictionary<string, FieldSource> sources, string timeZone = "UTC")
{
    private readonly bool utc = timeZone == "UTC";

    /// <summary>The staged flag of a row whose text some <see cref="TextCheck"/> may refuse (read by the quick pass).</summary>
    public const string SuspectColumn = "__suspect";

    public static string RawColumn(FieldSpec field) => RawColumn(field.Name);

    /// <summary>The staged text column of the field named <paramref name="field"/>.</summary>
    public static string RawColumn(string field) => SqlIdentifier.Quote("r_" + field);

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

    /// <summary>True where the field's text is empty or parses.</summary>
    public string Validity(FieldSpec field) =>
        $"({Text(RawColumn(field))} IS NULL OR {ValidityCheck(field)} IS NOT NULL)";

    /// <summary>What must be non-NULL for non-empty text to count as valid.</summary>
    private string ValidityCheck(FieldSpec field)
    {
        var source = sources[field.Name];
        // A derivation of the text alone (good/bad → 5/1) decides validity; one that also reads other
        // fields (created_at + minutes) is NULL when they are, and their own checks report that.
        var derivationDecides = source.DeriveSql is null || (source.InvalidReason is not null && !ReadsOtherFields(source.DeriveSql));
        return derivationDecides ? Value(field) : Parse(RawColumn(field), source.ParseAs ?? field.Type, allowed: null);
    }

    /// <summary>True where the field's text is empty (or only spaces).</summary>
    public static string Emptiness(FieldSpec field) => $"({Text(RawColumn(field))} IS NULL)";

    /// <summary>
    /// The text without surrounding spaces, NULL when nothing is left. trim copies every string it
    /// is given, which made it the dearest part of parsing; text that is plain ASCII (as many bytes
    /// as characters) and neither starts nor ends with a space has nothing to trim, and skips it.
    /// (trim removes Unicode space separators, and the only ASCII one is the space.)
    /// </summary>
    public static string Text(string raw) =>
        $"NULLIF(CASE WHEN prefix({raw}, ' ') OR suffix({raw}, ' ') OR strlen({raw}) <> length({raw}) THEN trim({raw}) ELSE {raw} END, '')";

    /// <summary>Per required field a staged flag: its text is empty (read by the required check, which needs no text then).</summary>
    public static string EmptyColumn(FieldSpec field) => SqlIdentifier.Quote("__empty_" + field.Name);

    /// <summary>Per field a staged flag: its text is empty or parses (read by the checks instead of parsing again).</summary>
    public static string ValidColumn(FieldSpec field) => SqlIdentifier.Quote("__valid_" + field.Name);

    public static string InvalidReason(FieldSpec field, FieldSource source) => source.InvalidReason ?? field.InvalidReason ?? (field.Allowed is { } allowed
        ? $"must be one of {string.Join(", ", allowed.Values.Distinct())}"
        : field.Type switch
        {
            FieldType.Integer => "is not a whole number (up to 2,147,483,647)",
            FieldType.Decimal => "is not a number (use . for decimals)",
            FieldType.Date => "is not a date (YYYY-MM-DD)",
            FieldType.Timestamp => "is not an ISO-8601 timestamp",
            FieldType.Boolean => "is not true or false",
            FieldType.Email => "is not an e-mail address (name@domain)",
            _ => "is not valid text",
        });

    /// <summary>
    /// Checks of a field's text that parsing lets through: a NUL byte in free text, and (in a load with a time
    /// zone) a local time the clocks skipped when daylight saving began, which DuckDB would move
    /// an hour on without a word.
    /// </summary>
    public IEnumerable<TextCheck> TextChecks(FieldSpec field)
    {
        var raw = RawColumn(field);
        var source = sources[field.Name];
        // Only free text can hold a NUL: in a number, a date or an enumeration it fails to parse, and is reported so.
        if ((source.ParseAs ?? field.Type) == FieldType.Text && field.Allowed is null && source.DeriveSql is null)
        {
            yield return new($"contains({raw}, chr(0))", "holds a NUL byte (\\0), which text may not contain");
        }
        if (!utc && source.DeriveSql is null && (source.ParseAs ?? field.Type) == FieldType.Timestamp)
        {
            var local = $"TRY_CAST({Text(raw)} AS TIMESTAMP)";
            yield return new(
                $"(NOT regexp_matches({Text(raw)}, '(Z|[+-]\\d\\d(:?\\d\\d)?)$') AND CAST(CAST({local} AS TIMESTAMPTZ) AS TIMESTAMP) <> {local})",
                $"is not a time in {timeZone}: the clocks skipped it when daylight saving began");
        }
    }

    /// <summary>The flag of every <see cref="TextChecks"/> of the supplied fields, computed while parsing.</summary>
    public string Suspect(IEnumerable<FieldSpec> supplied) =>
        "coalesce(" + string.Join(" OR ", supplied.SelectMany(TextChecks).Select(c => c.Condition).DefaultIfEmpty("false")) + ", false)";

    private string Parse(string raw, FieldType type, IReadOnlyDictionary<string, string>? allowed)
    {
        var text = Text(raw);
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
            FieldType.Timestamp => Timestamp(text),
            FieldType.Boolean => $"TRY_CAST({text} AS BOOLEAN)",
            // One @, something on each side and a dot in the domain; no spaces, no NUL.
            FieldType.Email => $"(CASE WHEN regexp_full_match({text}, '[^@\\s\\x00]+@[^@\\s\\x00.]+(\\.[^@\\s\\x00.]+)+') THEN lower({text}) END)",
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
        };
    }

    /// <summary>
    /// A timestamp in UTC. Text with a numeric offset ("+02:00", also " -0500") goes through ICU's
    /// TIMESTAMPTZ; "Z" or no zone in a UTC load takes DuckDB's much faster TIMESTAMP cast; no zone
    /// in another zone's load is read in the session's zone.
    /// </summary>
    private string Timestamp(string text)
    {
        var zoned = $"(TRY_CAST(regexp_replace({text}, '\\s+([+-]\\d\\d(:?\\d\\d)?)$', '\\1') AS TIMESTAMPTZ) AT TIME ZONE 'UTC')";
        var unzoned = utc ? $"TRY_CAST({text} AS TIMESTAMP)" : $"CASE WHEN {text} LIKE '%Z' THEN TRY_CAST({text} AS TIMESTAMP) ELSE {zoned} END";
        return $"(CASE WHEN regexp_matches({text}, '\\d:\\d\\d(:\\d\\d(\\.\\d+)?)?\\s*[+-]\\d\\d(:?\\d\\d)?$') THEN {zoned} ELSE {unzoned} END)";
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
