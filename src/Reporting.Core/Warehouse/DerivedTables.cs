namespace Reporting.Core.Warehouse;

/// <summary>
/// The DuckDB views the cubes are built on (Schema/Migrations), published as tables of their rows:
/// DuckDB computes them from the loaded data, so their SQL has one definition. Every publish
/// republishes them all, since each reads several tables. Two views read the clock; their rows are
/// stored as <c>name__rows</c> and a ClickHouse view <c>name</c> recomputes those columns when read,
/// by expressions that mirror the DuckDB view's (keep the two in step).
/// </summary>
public static class DerivedTables
{
    public const string RowsSuffix = "__rows";

    /// <summary>The follow-up rules of the survey program, as the DuckDB view reads them (dim_survey_program, id 1).</summary>
    private const string FollowupAfter = "toIntervalDay((SELECT followup_after_days FROM dim_survey_program WHERE id = 1))";

    private const string FollowupTimeUp =
        "toIntervalDay((SELECT followup_after_days + followup_within_days FROM dim_survey_program WHERE id = 1))";

    private const string Nonresponder =
        $"(responded_at IS NULL OR responded_at > sent_at + {FollowupAfter}) AND now64(6, 'UTC') >= sent_at + {FollowupAfter}";

    public static IReadOnlyList<string> Views { get; } =
        ["engagement_activity", "detractor_responses", "feature_request_groups", "survey_coverage_months", "survey_send_outcomes"];

    private static readonly Dictionary<string, IReadOnlyList<ClockColumn>> ClockColumns = new(StringComparer.Ordinal)
    {
        ["detractor_responses"] = [new("hours_since_response", "toFloat64(now64(6, 'UTC') - responded_at) / 3600.0")],
        ["survey_send_outcomes"] =
        [
            new("nonresponder", Nonresponder),
            new("followup_due", $"({Nonresponder}) AND (followed_up_in_time OR now64(6, 'UTC') >= sent_at + {FollowupTimeUp})"),
        ],
    };

    /// <summary>The name its rows are stored under, and the view reading them when some columns read the clock.</summary>
    public static (string Table, ClockView? View) Storage(string view) => ClockColumns.TryGetValue(view, out var columns)
        ? (view + RowsSuffix, new ClockView(view, columns))
        : (view, null);
}
