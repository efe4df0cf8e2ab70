namespace Reporting.Core.Sql;

/// <summary>
/// The DuckDB functions a model may call and what each is in ClickHouse. A function not here is
/// refused (a model member that cannot run there says so when the model is compiled for ClickHouse,
/// naming the member), never passed along to fail, or worse to mean something else, on the engine.
/// </summary>
internal static class ClickHouseFunctions
{
    /// <summary>
    /// Functions both engines read alike (case-insensitive in ClickHouse too). Not concat (ClickHouse's
    /// is NULL when a part is; DuckDB's skips it) nor round (ClickHouse rounds a float's half to even).
    /// </summary>
    private static readonly HashSet<string> Shared =
    [
        "count", "abs", "sqrt", "power", "ln", "exp", "greatest", "least", "coalesce", "nullif", "trim", "cast", "floor", "ceil", "extract",
    ];

    private static readonly Dictionary<string, Func<FunctionCall, string>> Rewritten = new()
    {
        // ClickHouse's sum, min and max answer 0 over no rows and avg nan; DuckDB answers NULL.
        ["sum"] = call => $"sumOrNull({call.TranslatedInside})",
        ["avg"] = call => $"avgOrNull({call.TranslatedInside})",
        ["min"] = call => $"minOrNull({call.TranslatedInside})",
        ["max"] = call => $"maxOrNull({call.TranslatedInside})",
        // DuckDB's log is base 10; ClickHouse's is natural.
        ["log"] = call => $"log10({call.Argument(0, 1)})",
        // ClickHouse's lower, upper and length read bytes: é stays É, and counts 2.
        ["lower"] = call => $"lowerUTF8({call.Argument(0, 1)})",
        ["upper"] = call => $"upperUTF8({call.Argument(0, 1)})",
        ["length"] = call => $"lengthUTF8({call.Argument(0, 1)})",
        // DateTime64 minus DateTime64 is Decimal seconds in ClickHouse, as epoch of an interval is in DuckDB.
        ["epoch"] = call => $"toFloat64({call.Argument(0, 1)})",
        ["strftime"] = call => $"formatDateTime({call.Argument(0, 2)}, {Quote(DateFormats.ClickHouse(call.Literal(1, 2)))})",
        ["date_trunc"] = call => $"{DateFormats.Truncation(call.Literal(0, 2))}({call.Argument(1, 2)})",
        ["contains"] = call => $"(position({call.Argument(0, 2)}, {call.Argument(1, 2)}) > 0)",
        ["list"] = List,
        ["struct_pack"] = StructPack,
        ["list_contains"] = call => $"has({call.Argument(0, 2)}, {call.Argument(1, 2)})",
        ["unnest"] = call => $"arrayJoin({call.Argument(0, 1)})",
        // The row with the greatest (least) ordering value, ties to either; NULL orderings are skipped alike.
        ["arg_max"] = call => $"argMax({call.Argument(0, 2)}, {call.Argument(1, 2)})",
        ["arg_min"] = call => $"argMin({call.Argument(0, 2)}, {call.Argument(1, 2)})",
        ["list_transform"] = call => $"arrayMap({call.Argument(1, 2)}, {call.Argument(0, 2)})",
        ["list_filter"] = call => $"arrayFilter({call.Argument(1, 2)}, {call.Argument(0, 2)})",
        // arrayAvg of no elements is nan and counts NULLs; the aggregate over the array is DuckDB's list_avg.
        ["list_avg"] = call => $"arrayReduce('avgOrNull', {call.Argument(0, 1)})",
        ["list_sum"] = call => $"arrayReduce('sumOrNull', {call.Argument(0, 1)})",
        ["list_min"] = call => $"arrayReduce('minOrNull', {call.Argument(0, 1)})",
        ["list_max"] = call => $"arrayReduce('maxOrNull', {call.Argument(0, 1)})",
    };

    /// <summary>
    /// The call in ClickHouse's SQL, and how many of the tokens <paramref name="after"/> its closing
    /// parenthesis belong to it (<c>now() AT TIME ZONE 'UTC'</c>).
    /// </summary>
    public static (string Text, int Consumed) Translate(FunctionCall call, IReadOnlyList<SqlToken> after, string sql)
    {
        if (call.Name == "now")
        {
            return Now(call, after, sql);
        }
        if (Rewritten.TryGetValue(call.Name, out var rewrite))
        {
            return (rewrite(call), 0);
        }
        return Shared.Contains(call.Name)
            ? ($"{call.Written}({call.TranslatedInside})", 0)
            : throw new SqlTranslationException($"the function {call.Name}() has no ClickHouse translation");
    }

    /// <summary>
    /// DuckDB's <c>now() AT TIME ZONE 'UTC'</c> (and bare now()) is the UTC wall-clock time the
    /// timestamps are stored in; another zone's wall clock has no counterpart over UTC columns.
    /// </summary>
    private static (string Text, int Consumed) Now(FunctionCall call, IReadOnlyList<SqlToken> after, string sql)
    {
        if (call.Arguments.Count != 0)
        {
            throw new SqlTranslationException("now() takes no arguments");
        }
        if (after is not [{ } at, { } time, { } zone, { } name, ..] || !at.Is("at") || !time.Is("time") || !zone.Is("zone"))
        {
            return ("now64(6, 'UTC')", 0);
        }
        return name.IsLiteral(sql) && name.Text == "'UTC'"
            ? ("now64(6, 'UTC')", 4)
            : throw new SqlTranslationException($"now() AT TIME ZONE {name.Text}: only 'UTC' translates (the timestamps are UTC)");
    }

    /// <summary>DuckDB's list(x) is groupArray; list(DISTINCT x) is groupUniqArray (a FILTER after it applies alike).</summary>
    private static string List(FunctionCall call)
    {
        var inside = call.Argument(0, 1).Trim();
        const string distinct = "DISTINCT ";
        return inside.StartsWith(distinct, StringComparison.OrdinalIgnoreCase)
            ? $"groupUniqArray({inside[distinct.Length..].Trim()})"
            : $"groupArray({inside})";
    }

    /// <summary>struct_pack(a := x, c := y) is tuple(x, y); its fields are read by position (<see cref="StructFields"/>).</summary>
    private static string StructPack(FunctionCall call)
    {
        var values = call.Arguments.Select(argument =>
        {
            var assign = argument.IndexOf(":=", StringComparison.Ordinal);
            return assign > 0
                ? call.Translation.Part(argument[(assign + 2)..].Trim())
                : throw new SqlTranslationException($"struct_pack() takes name := value arguments, not {argument.Trim()}");
        });
        return $"tuple({string.Join(", ", values)})";
    }

    private static string Quote(string text) => SqlIdentifier.Literal(text).Replace("\\", "\\\\", StringComparison.Ordinal);
}
