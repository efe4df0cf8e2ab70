using System.Globalization;
using System.Text.Json.Nodes;
using Reporting.Core.Cube.Model;
using Reporting.Core.Cube.Querying;

namespace Reporting.Web.Tests.Cube;

/// <summary>
/// Random cube queries from the model's own metadata: any cube, its measures and dimensions, every
/// operator on a dimension of a type it applies to, every granularity, totals and compare option, order
/// and paging; and mutations of them that the API must refuse. Seeded, so a failure repeats.
/// </summary>
public sealed class CubeQueryGenerator(SemanticModel model, DateOnly today, int seed)
{
    private static readonly string[] Phrases = ["today", "yesterday", "this week", "last month", "this quarter", "last year", "last 3 months", "last 2 weeks", "last 10 days"];

    private readonly Random random = new(seed);

    private readonly List<CubeDefinition> cubes = model.Cubes.ToList();

    /// <summary>A query the API must answer, as JSON.</summary>
    public string Valid()
    {
        var cube = Pick(cubes);
        var time = cube.Dimensions.Where(d => d.Type == DimensionType.Time).ToList();
        var plain = cube.Dimensions.Where(d => d.Type != DimensionType.Time).ToList();
        var timeDimension = time.Count > 0 && random.Next(3) > 0 ? TimeDimension(cube, Pick(time)) : null;
        var measures = Some(cube.Measures, timeDimension?.Granularity is null ? 1 : 0, 3).Select(m => Member(cube, m.Name)).ToList();
        var dimensions = Some(plain, measures.Count == 0 && timeDimension?.Granularity is null ? 1 : 0, 2).Select(d => Member(cube, d.Name)).ToList();
        var selected = measures.Concat(dimensions).Concat(timeDimension?.Granularity is { } g ? new[] { $"{timeDimension.Dimension}.{Name(g)}" } : []).ToList();
        var query = new CubeQuery
        {
            Measures = measures,
            Dimensions = dimensions,
            TimeDimension = timeDimension,
            Filters = Enumerable.Range(0, random.Next(3)).Select(_ => Filter(cube)).ToList(),
            Totals = Pick(Enum.GetValues<Totals>()),
            Compare = timeDimension?.DateRange is null ? CompareWith.None : Pick(Enum.GetValues<CompareWith>()),
            Order = selected.Count > 0 && random.Next(2) == 0 ? [new QueryOrder(Pick(selected), random.Next(2) == 0)] : [],
            Limit = Pick<int?>([null, 1, 5, 100, 50_000]),
            Offset = Pick<int?>([null, 0, 2]),
        };
        var json = JsonNode.Parse(QueryJsonWriter.Write(query))!.AsObject();
        // Relative ranges as people say them, now and then.
        if (json["timeDimension"] is JsonObject dimension && dimension["dateRange"] is not null && random.Next(3) == 0)
        {
            dimension["dateRange"] = Pick(Phrases);
        }
        return json.ToJsonString();
    }

    /// <summary>A valid query changed so that it cannot be answered: the API must say so with a 4xx.</summary>
    public string Mutated()
    {
        var json = JsonNode.Parse(Valid())!.AsObject();
        var mutation = Mutations[random.Next(Mutations.Length)];
        return mutation(json, this);
    }

    private static readonly Func<JsonObject, CubeQueryGenerator, string>[] Mutations =
    [
        (q, _) => Set(q, "measures", new JsonArray("tickets.no_such_measure")),
        (q, _) => Set(q, "measures", new JsonArray("nocube.count")),
        (q, _) => Set(q, "measures", new JsonArray(1, 2)),
        (q, _) => Set(q, "measures", JsonValue.Create("tickets.count")),
        (q, _) => q.ToJsonString().Replace("\"measures\":[", "\"measures\":[\"x.\\ud800\",", StringComparison.Ordinal),
        (q, g) => Set(q, "dimensions", new JsonArray(Member(g.Pick(g.cubes), "no_such_dimension"))),
        (q, _) => Set(q, "totals", JsonValue.Create(Pick(_, ["roll_up", "+1", " 1", "1", "cube, rollup", "ROLL UP", ""]))),
        (q, _) => Set(q, "compare", JsonValue.Create(Pick(_, ["previous", "1", "previousPeriod, previousYear"]))),
        (q, _) => Set(q, "limit", Pick<JsonNode>(_, [JsonValue.Create(0), JsonValue.Create(-1), JsonValue.Create(50_001), JsonValue.Create("1"), JsonValue.Create(1.5), JsonValue.Create(long.MaxValue)])),
        (q, _) => Set(q, "offset", Pick<JsonNode>(_, [JsonValue.Create(-1), JsonValue.Create("0")])),
        (q, _) => Set(q, "filters", new JsonArray(new JsonObject { ["member"] = "tickets.priority", ["operator"] = Pick(_, ["equals, in", "like", " 1", "eq"]), ["values"] = new JsonArray("P1") })),
        (q, _) => Set(q, "filters", new JsonArray(new JsonObject { ["member"] = "tickets.priority", ["operator"] = "contains" })),
        (q, _) => Set(q, "filters", new JsonArray(new JsonObject { ["member"] = "detractor_cases.score", ["operator"] = "gt", ["values"] = new JsonArray("many") }), "measures", new JsonArray("detractor_cases.detractors")),
        (q, _) => Set(q, "filters", new JsonArray(new JsonObject { ["member"] = "tickets.priority", ["operator"] = "inDateRange", ["values"] = new JsonArray("2026-01-01", "2026-02-01") })),
        (q, _) => Set(q, "filters", new JsonArray(new JsonObject { ["member"] = "tickets.created_at", ["operator"] = "inDateRange", ["values"] = new JsonArray("2026-01-01", "9999-12-31") })),
        (q, _) => Set(q, "filters", new JsonArray(new JsonObject { ["member"] = "feature_requests.promoter_requester_clv", ["operator"] = "gt", ["values"] = new JsonArray("0") }), "measures", new JsonArray("feature_requests.requests")),
        (q, _) => Set(q, "timeDimension", new JsonObject { ["dimension"] = "tickets.created_at", ["granularity"] = Pick(_, ["month, week", " 1", "fortnight", "Month "]) }, "measures", new JsonArray("tickets.count")),
        (q, _) => Set(q, "timeDimension", new JsonObject { ["dimension"] = "tickets.created_at", ["dateRange"] = Pick<JsonNode>(_, [new JsonArray("0001-01-01", "2026-01-01"), new JsonArray("2026-01-01", "9999-12-31"), new JsonArray("2026-03-01", "2026-01-01"), new JsonArray("2026-01-01"), JsonValue.Create("last 999 years"), JsonValue.Create("since forever"), JsonValue.Create("last 0 days")]) }, "measures", new JsonArray("tickets.count")),
        (q, _) => Set(q, "timeDimension", new JsonObject { ["dimension"] = "tickets.created_at", ["granularity"] = "day", ["dateRange"] = "last 15 years" }, "measures", new JsonArray("tickets.count")),
        (q, _) => Set(q, "timeDimension", new JsonObject { ["dimension"] = "tickets.priority", ["granularity"] = "month" }, "measures", new JsonArray("tickets.count")),
        (q, _) => Set(q, "compare", JsonValue.Create("previousYear"), "timeDimension", null),
        (q, _) => Set(q, "order", new JsonArray(new JsonObject { ["member"] = "tickets.not_selected", ["direction"] = "desc" })),
        (q, _) => Set(q, "order", new JsonObject { ["tickets.count"] = "upwards" }),
        (q, _) => Set(q, "measures", new JsonArray([.. Enumerable.Range(0, 51).Select(_ => (JsonNode?)JsonValue.Create("tickets.count"))]), "dimensions", new JsonArray()),
        (q, _) => Set(q, "measures", new JsonArray("tickets.count", "tickets.count"), "dimensions", new JsonArray()),
        (q, _) => Set(q, "measures", new JsonArray(), "dimensions", new JsonArray(), "timeDimension", null),
        (q, _) => Set(q, "colour", JsonValue.Create("blue")),
        (q, _) => q.ToJsonString()[..(q.ToJsonString().Length / 2)],
        (q, _) => $"[{q.ToJsonString()}]",
        (q, _) => "",
    ];

    private static string Set(JsonObject query, params object?[] pairs)
    {
        for (var i = 0; i < pairs.Length; i += 2)
        {
            var name = (string)pairs[i]!;
            query.Remove(name);
            if (pairs[i + 1] is JsonNode value)
            {
                query[name] = value;
            }
        }
        return query.ToJsonString();
    }

    private TimeDimensionQuery TimeDimension(CubeDefinition cube, DimensionDefinition time)
    {
        var granularity = random.Next(4) == 0 ? (TimeGranularity?)null : Pick(Enum.GetValues<TimeGranularity>());
        var from = today.AddDays(-random.Next(0, 400));
        var range = random.Next(5) == 0 ? null : new DateRange(from, from.AddDays(random.Next(0, 200)));
        return new TimeDimensionQuery(Member(cube, time.Name), granularity, range);
    }

    /// <summary>A filter on a dimension with an operator that applies to its type, or now and then a threshold on a measure.</summary>
    private QueryFilter Filter(CubeDefinition cube)
    {
        if (random.Next(4) == 0)
        {
            var threshold = Pick([FilterOperator.Gt, FilterOperator.Gte, FilterOperator.Lt, FilterOperator.Lte, FilterOperator.Equals, FilterOperator.NotEquals]);
            return new QueryFilter(Member(cube, Pick(cube.Measures).Name), threshold, [random.Next(0, 50).ToString(CultureInfo.InvariantCulture)]);
        }
        var dimension = Pick(cube.Dimensions);
        var member = Member(cube, dimension.Name);
        var date = today.AddDays(-random.Next(0, 200)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var value = dimension.Type switch
        {
            DimensionType.Number => random.Next(0, 5).ToString(CultureInfo.InvariantCulture),
            DimensionType.Boolean => random.Next(2) == 0 ? "true" : "false",
            DimensionType.Time => date,
            _ => Pick(["SMB", "P1", "Enterprise", "a", "EMEA", "%_\\"]),
        };
        var operators = dimension.Type switch
        {
            DimensionType.String => Enum.GetValues<FilterOperator>().Where(o => o != FilterOperator.InDateRange),
            DimensionType.Time => Enum.GetValues<FilterOperator>().Where(o => o != FilterOperator.Contains),
            _ => Enum.GetValues<FilterOperator>().Where(o => o is not (FilterOperator.Contains or FilterOperator.InDateRange)),
        };
        var op = Pick(operators.ToList());
        IReadOnlyList<string> values = op switch
        {
            FilterOperator.Set or FilterOperator.NotSet => [],
            FilterOperator.In or FilterOperator.NotIn => [value, value == "SMB" ? "Mid-Market" : value],
            FilterOperator.InDateRange => [date, today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)],
            _ => [value],
        };
        return new QueryFilter(member, op, values);
    }

    private List<T> Some<T>(IReadOnlyList<T> items, int min, int max) =>
        items.OrderBy(_ => random.Next()).Take(Math.Min(items.Count, random.Next(min, max + 1))).ToList();

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static T Pick<T>(CubeQueryGenerator generator, IReadOnlyList<T> items) => generator.Pick(items);

    private static string Member(CubeDefinition cube, string name) => $"{cube.Name}.{name}";

    private static string Name(TimeGranularity granularity) => granularity.ToString().ToLowerInvariant();
}
