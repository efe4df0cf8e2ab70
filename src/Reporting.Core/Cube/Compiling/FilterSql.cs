using System.Globalization;
using Reporting.Core.Cube.Model;
using Reporting.Core.Cube.Querying;
using Reporting.Core.Periods;
using Reporting.Core.Sql;

namespace Reporting.Core.Cube.Compiling;

/// <summary>
/// Turns one filter into a condition with bound values. Operators are an enum handled exhaustively;
/// a filter without the values its operator needs is an error, never a condition that is always true.
/// </summary>
internal static class FilterSql
{
    public static string Condition(string sql, DimensionType type, QueryFilter filter, ParameterList parameters, SqlDialect dialect)
    {
        var values = filter.Operator is FilterOperator.Set or FilterOperator.NotSet ? [] : Typed(filter, type);
        return filter.Operator switch
        {
            FilterOperator.Equals or FilterOperator.In => $"{sql} IN ({List(values, parameters)})",
            FilterOperator.NotEquals or FilterOperator.NotIn => $"({sql} NOT IN ({List(values, parameters)}) OR {sql} IS NULL)",
            FilterOperator.Gt => $"{sql} > {parameters.Add(Single(filter, values))}",
            FilterOperator.Gte => $"{sql} >= {parameters.Add(Single(filter, values))}",
            FilterOperator.Lt => $"{sql} < {parameters.Add(Single(filter, values))}",
            FilterOperator.Lte => $"{sql} <= {parameters.Add(Single(filter, values))}",
            FilterOperator.Contains => Contains(sql, type, filter, parameters, dialect),
            FilterOperator.Set => NoValues(filter, $"{sql} IS NOT NULL"),
            FilterOperator.NotSet => NoValues(filter, $"{sql} IS NULL"),
            FilterOperator.InDateRange => DateRange(sql, type, filter, parameters),
            _ => throw new ArgumentOutOfRangeException(nameof(filter), filter.Operator, null),
        };
    }

    /// <summary>Half-open on the day after the last, so a whole last day counts whatever its times.</summary>
    public static string DateRange(string sql, DateOnly from, DateOnly to, ParameterList parameters) =>
        $"{sql} >= {parameters.Add(from.ToDateTime(TimeOnly.MinValue))} AND {sql} < {parameters.Add(to.AddDays(1).ToDateTime(TimeOnly.MinValue))}";

    private static string DateRange(string sql, DimensionType type, QueryFilter filter, ParameterList parameters)
    {
        if (type != DimensionType.Time || filter.Values.Count != 2)
        {
            throw new QueryException(filter.Member, "inDateRange needs a time dimension and two dates");
        }
        return DateRange(sql, ParseDate(filter, filter.Values[0]), ParseDate(filter, filter.Values[1]), parameters);
    }

    private static string Contains(string sql, DimensionType type, QueryFilter filter, ParameterList parameters, SqlDialect dialect)
    {
        if (type != DimensionType.String)
        {
            throw new QueryException(filter.Member, "contains applies to text dimensions");
        }
        // LIKE's own characters in the value are matched literally.
        var patterns = filter.Values.Select(v => dialect.ILike(sql, parameters.Add("%" + Escape(v) + "%")));
        return $"({string.Join(" OR ", RequireValues(filter, patterns.ToList()))})";
    }

    private static string List(IReadOnlyList<object> values, ParameterList parameters) =>
        string.Join(", ", values.Select(parameters.Add));

    private static object Single(QueryFilter filter, IReadOnlyList<object> values) => values.Count == 1
        ? values[0]
        : throw new QueryException(filter.Member, $"{filter.Operator} takes exactly one value, not {values.Count}");

    private static string NoValues(QueryFilter filter, string condition) => filter.Values.Count == 0
        ? condition
        : throw new QueryException(filter.Member, $"{filter.Operator} takes no values");

    private static IReadOnlyList<object> Typed(QueryFilter filter, DimensionType type) =>
        RequireValues(filter, filter.Values.Select(v => Parse(filter, type, v)).ToList());

    private static List<T> RequireValues<T>(QueryFilter filter, List<T> values) => values.Count > 0
        ? values
        : throw new QueryException(filter.Member, $"{filter.Operator} needs at least one value");

    private static object Parse(QueryFilter filter, DimensionType type, string value) => type switch
    {
        DimensionType.String => value,
        DimensionType.Number => decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? number : throw new QueryException(filter.Member, $"'{value}' is not a number"),
        DimensionType.Boolean => bool.TryParse(value, out var flag)
            ? flag : throw new QueryException(filter.Member, $"'{value}' is not true or false"),
        DimensionType.Time => ParseDate(filter, value).ToDateTime(TimeOnly.MinValue),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    private static DateOnly ParseDate(QueryFilter filter, string value) =>
        SupportedDates.Parse(value.Length > 10 ? value[..10] : value, out var date) is { } problem
            ? throw new QueryException(filter.Member, problem) : date;

    private static string Escape(string value) =>
        value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);
}
