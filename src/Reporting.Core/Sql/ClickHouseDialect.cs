namespace Reporting.Core.Sql;

/// <summary>
/// ClickHouse's SQL (verified against chDB 26.7). Aggregates take the OrNull combinator so that no
/// rows give NULL as in DuckDB; <c>quantileExactInclusive</c> is DuckDB's <c>quantile_cont</c>
/// (ClickHouse's median is approximate, never used). Rolled-up keys and unmatched LEFT JOIN columns
/// are NULL only with <c>group_by_use_nulls</c> and <c>join_use_nulls</c>, which every ClickHouse
/// connection sets.
/// On a cluster (<paramref name="onCluster"/>) the tables are Distributed: a join or an IN subquery
/// reading another Distributed table inside a query sent to every shard is refused, or with
/// distributed_product_mode = 'local' reads only the shard's part of it. GLOBAL reads the right side
/// once, on the server the query came to, and sends it to each shard: the dimension tables it reads
/// are small. Where the query does not go to the shards (joins above the partial aggregates) it
/// changes nothing.
/// </summary>
internal sealed class ClickHouseDialect(bool onCluster) : SqlDialect
{
    public override string Name => onCluster ? "clickhouse-cluster" : "clickhouse";

    public override bool SpellsOutGroupingSets => true;

    public override string LeftJoin => onCluster ? "GLOBAL LEFT JOIN" : "LEFT JOIN";

    public override string InSubquery => onCluster ? "GLOBAL IN" : "IN";

    /// <summary>
    /// Standard SQL's NULLs, carried by the statement itself so that it answers alike on any
    /// connection (also pasted into clickhouse-client from <c>reporting query --sql</c>): a LEFT JOIN's
    /// missing side and a rolled-up key are NULL, not a default, and a CAST of a NULL (a sum over no
    /// rows, ::DOUBLE) is NULL instead of an error.
    /// </summary>
    public override string StatementSettings => "SETTINGS join_use_nulls = 1, group_by_use_nulls = 1, cast_keep_nullable = 1";

    public override string Placeholder(int position, object? value) => $"{{p{position}:{ClickHouseParameterTypes.Of(RepresentableDate(position, value))}}}";

    /// <summary>ClickHouse's Date32 and DateTime64 end with 2299 and would wrap a later date around silently.</summary>
    private static object? RepresentableDate(int position, object? value) => value switch
    {
        DateOnly { Year: < 1900 or > 2299 } or DateTime { Year: < 1900 or > 2299 } => throw new ArgumentOutOfRangeException(
            nameof(value), value, $"Parameter {position} is a date outside 1900..2299, the dates ClickHouse holds."),
        _ => value,
    };

    public override string Aggregate(string function, string value) => $"{AggregateFunctions.Check(function)}OrNull({value})";

    public override string Quantile(string value, string p) => $"quantileExactInclusiveOrNull({p})({value})";

    public override string TextRows(string placeholder) => $"(SELECT arrayJoin({placeholder}))";

    /// <summary>ClickHouse's lower changes ASCII letters only.</summary>
    public override string Lower(string text) => $"lowerUTF8({text})";

    /// <summary>ClickHouse's LIKE escapes with a backslash already (and would read '\' as an open literal).</summary>
    public override string ILike(string value, string pattern) => $"{value} ILIKE {pattern}";

    public override string Date(string timestamp) => $"toDate({timestamp})";

    public override string Monday(string timestamp) => $"toMonday({timestamp})";

    public override string DatePart(string part, string timestamp) => DateParts.Check(part) switch
    {
        "year" => $"toYear({timestamp})",
        "quarter" => $"toQuarter({timestamp})",
        _ => $"toMonth({timestamp})",
    };

    public override string IntegerDivide(string dividend, string divisor) => $"intDiv({dividend}, {divisor})";

    public override string MakeDate(string year, string month, string day) => $"makeDate({year}, {month}, {day})";

    /// <summary>
    /// A condition is UInt8 in ClickHouse: as a value it is made a Bool, as DuckDB's BOOLEAN reads. A
    /// column is left as it is (a Bool already), so a join's column stays one for the layouts.
    /// </summary>
    public override string Member(string sql, bool boolean = false) =>
        boolean && !IsColumn(sql) ? $"toBool({ClickHouseTranslation.Of(sql)})" : ClickHouseTranslation.Of(sql);

    public override string Statement(string sql, IReadOnlyList<object?> values) =>
        ClickHouseStatement.Of(sql, values, StatementSettings);

    private static bool IsColumn(string sql) => SqlTokens.Of(sql) is [{ Kind: SqlTokenKind.Identifier }]
        or [{ Kind: SqlTokenKind.Identifier }, { Kind: SqlTokenKind.Dot }, { Kind: SqlTokenKind.Identifier }];
}
