using System.Text;
using System.Text.Json;

namespace Reporting.Core.Cube.Querying;

/// <summary>
/// Writes a query in the JSON <see cref="QueryJson"/> reads, so that a query the server built (a
/// chart's) can travel in a URL or a page and come back unchanged.
/// </summary>
public static class QueryJsonWriter
{
    public static string Write(CubeQuery query)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            Strings(json, "measures", query.Measures);
            Strings(json, "dimensions", query.Dimensions);
            if (query.TimeDimension is { } time)
            {
                TimeDimension(json, time);
            }
            if (query.Filters.Count > 0)
            {
                Filters(json, query.Filters);
            }
            if (query.Totals != Totals.None)
            {
                json.WriteString("totals", Name(query.Totals));
            }
            if (query.Compare != CompareWith.None)
            {
                json.WriteString("compare", Name(query.Compare));
            }
            if (query.Order.Count > 0)
            {
                Order(json, query.Order);
            }
            WriteNumber(json, "limit", query.Limit);
            WriteNumber(json, "offset", query.Offset);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void TimeDimension(Utf8JsonWriter json, TimeDimensionQuery time)
    {
        json.WriteStartObject("timeDimension");
        json.WriteString("dimension", time.Dimension);
        if (time.Granularity is { } granularity)
        {
            json.WriteString("granularity", Name(granularity));
        }
        if (time.DateRange is { } range)
        {
            Strings(json, "dateRange", [range.From.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), range.To.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)]);
        }
        json.WriteEndObject();
    }

    private static void Filters(Utf8JsonWriter json, IReadOnlyList<QueryFilter> filters)
    {
        json.WriteStartArray("filters");
        foreach (var filter in filters)
        {
            json.WriteStartObject();
            json.WriteString("member", filter.Member);
            json.WriteString("operator", Name(filter.Operator));
            Strings(json, "values", filter.Values);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void Order(Utf8JsonWriter json, IReadOnlyList<QueryOrder> order)
    {
        json.WriteStartArray("order");
        foreach (var term in order)
        {
            json.WriteStartObject();
            json.WriteString("member", term.Member);
            json.WriteString("direction", term.Descending ? "desc" : "asc");
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }
        json.WriteEndArray();
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
    }

    /// <summary>camelCase, as the API answers enums.</summary>
    private static string Name<T>(T value)
        where T : struct, Enum
    {
        var text = value.ToString();
        return char.ToLowerInvariant(text[0]) + text[1..];
    }
}
