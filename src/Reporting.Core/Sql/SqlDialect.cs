namespace Reporting.Core.Sql;

/// <summary>
/// What differs between the SQL engines the cube compiler writes for: how a bound value is referred
/// to, the aggregates and date arithmetic it writes itself, and how a model member's SQL (written in
/// DuckDB's SQL) reads on the engine. Everything else the compiler writes is SQL both engines read
/// alike. The values always stay one positional list; only the placeholders differ.
/// </summary>
public abstract class SqlDialect
{
    /// <summary>DuckDB, embedded: the model's own SQL, positional placeholders ($1, $2 …).</summary>
    public static SqlDialect DuckDb { get; } = new DuckDbDialect();

    /// <summary>ClickHouse (a server or chDB): named, typed placeholders ({p1:Int64} …) standing for the same positions.</summary>
    public static SqlDialect ClickHouse { get; } = new ClickHouseDialect(onCluster: false);

    /// <summary>ClickHouse on a cluster of shards (Distributed tables): joins and IN subqueries over tables are GLOBAL.</summary>
    public static SqlDialect ClickHouseCluster { get; } = new ClickHouseDialect(onCluster: true);

    public abstract string Name { get; }

    /// <summary>The join of a dimension table to the fact rows.</summary>
    public virtual string LeftJoin => "LEFT JOIN";

    /// <summary>The IN of a value in a subquery that reads a table.</summary>
    public virtual string InSubquery => "IN";

    /// <summary>What ends every statement so that it means what DuckDB's would, wherever it is run (empty for DuckDB).</summary>
    public virtual string StatementSettings => "";

    /// <summary>
    /// Whether subtotals are written as the grouping sets themselves: over no rows ClickHouse's ROLLUP
    /// and CUBE answer nothing, while GROUPING SETS with () answers the grand total, as DuckDB's do.
    /// </summary>
    public virtual bool SpellsOutGroupingSets => false;

    /// <summary>The placeholder of the <paramref name="position"/>-th bound value (from 1), which is <paramref name="value"/>.</summary>
    public abstract string Placeholder(int position, object? value);

    /// <summary>
    /// sum, avg, min or max of <paramref name="value"/>, NULL over no rows on every engine (as DuckDB
    /// answers; ClickHouse's plain aggregates answer 0, or nan for an average).
    /// </summary>
    public abstract string Aggregate(string function, string value);

    /// <summary>The exact continuous quantile <paramref name="p"/> of <paramref name="value"/> (DuckDB's percentile_cont), NULL over no rows.</summary>
    public abstract string Quantile(string value, string p);

    /// <summary>The rows of a bound list of text, for <c>x IN (…)</c>.</summary>
    public abstract string TextRows(string placeholder);

    /// <summary>Text in lower case, letters beyond ASCII too (as .NET's ToLowerInvariant makes the values it is compared with).</summary>
    public abstract string Lower(string text);

    /// <summary>A case-insensitive match of a LIKE pattern whose %, _ and \ are escaped with a backslash.</summary>
    public abstract string ILike(string value, string pattern);

    /// <summary>The date of a timestamp.</summary>
    public abstract string Date(string timestamp);

    /// <summary>The Monday starting a timestamp's week, as a date.</summary>
    public abstract string Monday(string timestamp);

    /// <summary>A timestamp's year, quarter or month (from 1) as an integer.</summary>
    public abstract string DatePart(string part, string timestamp);

    /// <summary>Integer division, rounding down (the keys it divides are never negative).</summary>
    public abstract string IntegerDivide(string dividend, string divisor);

    public abstract string MakeDate(string year, string month, string day);

    /// <summary>
    /// A model member's SQL (DuckDB's SQL) as this engine reads it; <paramref name="boolean"/> for a
    /// condition used as a value (a boolean dimension). Throws <see cref="SqlTranslationException"/>
    /// naming what has no translation.
    /// </summary>
    public abstract string Member(string sql, bool boolean = false);

    /// <summary>
    /// A whole statement written in DuckDB's SQL with positional placeholders ($1 …) standing for
    /// <paramref name="values"/>, as this engine runs it with the same values. Throws
    /// <see cref="SqlTranslationException"/> naming what has no translation.
    /// </summary>
    public virtual string Statement(string sql, IReadOnlyList<object?> values) => sql;

    public override string ToString() => Name;
}
