using System.Text.Json.Serialization;

namespace Reporting.Core.Kpis;

/// <summary>A KPI's value (null without observations), how many observations it rests on, and whether they are too few.</summary>
public sealed record KpiValue(
    [property: JsonPropertyName("value")] double? Value,
    [property: JsonPropertyName("n")] long N,
    [property: JsonPropertyName("low_sample")] bool LowSample);

/// <summary>Every KPI by stable id, in the catalog's order: {"kpis": {"nps": {"value": …, "n": …, "low_sample": …}, …}}.</summary>
public sealed record KpiResults([property: JsonPropertyName("kpis")] IReadOnlyDictionary<string, KpiValue> Kpis);
