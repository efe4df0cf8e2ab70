using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using Reporting.Core.Cube.Model;
using Reporting.Core.Periods;
using Reporting.Core.Text;

namespace Reporting.Core.Cube.Querying;

/// <summary>
/// Reads a query in JSON, close to Cube's REST query. Every part is checked as it is read; anything
/// unknown (a property, an operator, a granularity) is an error that names it.
/// </summary>
public static class QueryJson
{
    public static CubeQuery Parse(string json, DateOnly today)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new QueryException("query", $"is not valid JSON: {e.Message}");
        }
        using (document)
        {
            var root = document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement : throw new QueryException("query", "must be a JSON object");
            var query = new CubeQuery();
            foreach (var property in root.EnumerateObject())
            {
                query = Read(query, property, today);
            }
            return query.Measures.Count + query.Dimensions.Count <= QueryLimits.MaxMembers
                ? query
                : throw new QueryException("measures", $"a query may have at most {QueryLimits.MaxMembers} measures and dimensions together");
        }
    }

    private static CubeQuery Read(CubeQuery query, JsonProperty property, DateOnly today) => property.Name switch
    {
        "measures" => query with { Measures = Strings(property.Value, "measures", QueryLimits.MaxMembers) },
        "dimensions" => query with { Dimensions = Strings(property.Value, "dimensions", QueryLimits.MaxMembers) },
        "timeDimension" => query with { TimeDimension = TimeDimension(property.Value, today) },
        "filters" => query with { Filters = Items(property.Value, "filters", QueryLimits.MaxFilters).Select(Filter).ToList() },
        "totals" => query with { Totals = Enum<Totals>(property.Value, "totals") },
        "compare" => query with { Compare = Enum<CompareWith>(property.Value, "compare") },
        "order" => query with { Order = Order(property.Value) },
        "limit" => query with { Limit = Integer(property.Value, "limit") },
        "offset" => query with { Offset = Integer(property.Value, "offset") },
        _ => throw new QueryException(property.Name, "is not a query property (measures, dimensions, timeDimension, filters, totals, compare, order, limit, offset)"),
    };

    private static TimeDimensionQuery TimeDimension(JsonElement element, DateOnly today)
    {
        var dimension = Text(Property(element, "dimension", "timeDimension"), "timeDimension.dimension");
        var granularity = element.TryGetProperty("granularity", out var g) ? Enum<TimeGranularity>(g, "timeDimension.granularity") : (TimeGranularity?)null;
        var range = element.TryGetProperty("dateRange", out var r) ? DateRange(r, today) : null;
        return new TimeDimensionQuery(dimension, granularity, range);
    }

    private static DateRange DateRange(JsonElement element, DateOnly today)
    {
        if (element.ValueKind == JsonValueKind.String)
        {
            return RelativeDateRange.Parse(Text(element, "timeDimension.dateRange"), today);
        }
        var dates = Strings(element, "timeDimension.dateRange", 2);
        if (dates.Count != 2)
        {
            throw new QueryException("timeDimension.dateRange", "must be two dates (YYYY-MM-DD) or a phrase such as \"last 6 months\"");
        }
        return new DateRange(Date(dates[0]), Date(dates[1]));
    }

    private static DateOnly Date(string text) => SupportedDates.Parse(text, out var date) is { } problem
        ? throw new QueryException("timeDimension.dateRange", problem)
        : date;

    private static QueryFilter Filter(JsonElement element)
    {
        var member = Text(Property(element, "member", "filters"), "filters.member");
        var values = element.TryGetProperty("values", out var v) ? Strings(v, $"{member} values", QueryLimits.MaxValues, QueryLimits.MaxValueLength) : [];
        return new QueryFilter(member, Enum<FilterOperator>(Property(element, "operator", member), $"{member} operator"), values);
    }

    /// <summary>Either [{"member": "x", "direction": "desc"}] or Cube's {"x": "desc"}.</summary>
    private static IReadOnlyList<QueryOrder> Order(JsonElement element) => element.ValueKind == JsonValueKind.Object
        ? Limited(element.EnumerateObject(), "order", QueryLimits.MaxOrder).Select(p => new QueryOrder(Name(p.Name, "order"), Descending(p.Value, Name(p.Name, "order")))).ToList()
        : Items(element, "order", QueryLimits.MaxOrder).Select(o => new QueryOrder(Text(Property(o, "member", "order"), "order.member"),
            o.TryGetProperty("direction", out var d) && Descending(d, "order.direction"))).ToList();

    private static bool Descending(JsonElement element, string where) => Text(element, where).ToLowerInvariant() switch
    {
        "asc" => false,
        "desc" => true,
        var other => throw new QueryException(where, $"'{Echo.Short(other)}' is not asc or desc"),
    };

    /// <summary>
    /// Exactly a value's name in camelCase or snake_case, in any case ("previousPeriod", "previous_period"):
    /// not a number, a padded name or a comma-separated list of names, as Enum.TryParse would take.
    /// </summary>
    private static T Enum<T>(JsonElement element, string where)
        where T : struct, Enum
    {
        var text = Text(element, where);
        return EnumNames<T>.ByName.TryGetValue(text, out var value)
            ? value
            : throw new QueryException(where, $"'{Echo.Short(text)}' is not one of {EnumNames<T>.Listed}");
    }

    /// <summary>An enumeration's camelCase and snake_case names, worked out once per type (every cube request parses some).</summary>
    private static class EnumNames<T>
        where T : struct, Enum
    {
        public static readonly FrozenDictionary<string, T> ByName = System.Enum.GetValues<T>()
            .SelectMany(v => new[] { (Name: Camel(v), Value: v), (Name: Snake(v), Value: v) })
            .DistinctBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(p => p.Name, p => p.Value, StringComparer.OrdinalIgnoreCase);

        public static readonly string Listed = string.Join(", ", System.Enum.GetValues<T>().Select(Camel));

        private static string Camel(T value) => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());

        private static string Snake(T value) => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());
    }

    private static JsonElement Property(JsonElement element, string name, string where) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value : throw new QueryException(where, $"needs \"{name}\"");

    private static IEnumerable<JsonElement> Items(JsonElement element, string where, int max) => element.ValueKind == JsonValueKind.Array
        ? Limited(element.EnumerateArray(), where, max)
        : throw new QueryException(where, "must be an array");

    private static IEnumerable<T> Limited<T>(IEnumerable<T> items, string where, int max)
    {
        var count = 0;
        foreach (var item in items)
        {
            if (++count > max)
            {
                throw new QueryException(where, $"has more than {max} entries");
            }
            yield return item;
        }
    }

    private static IReadOnlyList<string> Strings(JsonElement element, string where, int max, int maxLength = QueryLimits.MaxNameLength) =>
        Items(element, where, max).Select(e => e.ValueKind is JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False ? e.GetRawText() : Text(e, where, maxLength)).ToList();

    private static string Name(string text, string where) => text.Length <= QueryLimits.MaxNameLength
        ? text
        : throw new QueryException(where, $"'{Echo.Short(text)}' is longer than {QueryLimits.MaxNameLength} characters");

    private static string Text(JsonElement element, string where, int maxLength = QueryLimits.MaxNameLength)
    {
        if (element.ValueKind != JsonValueKind.String)
        {
            throw new QueryException(where, "must be a string");
        }
        try
        {
            var text = element.GetString()!;
            return text.Length <= maxLength ? text : throw new QueryException(where, $"'{Echo.Short(text)}' is longer than {maxLength} characters");
        }
        catch (InvalidOperationException)
        {
            // An escaped half of a surrogate pair is valid JSON but no string .NET (or DuckDB) can hold.
            throw new QueryException(where, "is not valid text (a lone surrogate)");
        }
    }

    private static int Integer(JsonElement element, string where) => element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out var value)
        ? value
        : throw new QueryException(where, "must be a whole number");
}
