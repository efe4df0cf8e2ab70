using Reporting.Core.Ingest.Staging;

namespace Reporting.Core.Ingest.Layouts;

/// <summary>
/// ARR movements (DATA.md "ARR movements"): the sign of each change matches its kind, and the
/// account's running ARR (its changes by effective_on then movement_id, the movements already
/// loaded included, those this load replaces left out) never goes below 0, is exactly 0 after a
/// churn, is 0 before a new movement (the account's first with a change) and before a
/// reactivation (after an earlier churn).
/// </summary>
internal static class RevenueLayout
{
    // The rules of the running ARR, over a row of Running (r.* without the alias).
    private const string BelowZero = "(kind IN ('contraction', 'renewal') AND arr_after < 0)";
    private const string ChurnLeavesArr = "(kind = 'churn' AND arr_change < 0 AND arr_after <> 0)";
    private const string NewAfterArr = "(kind = 'new' AND (arr_before <> 0 OR changes_before > 0))";
    private const string ReactivationWithoutChurn = "(kind = 'reactivation' AND (arr_before <> 0 OR churns_before = 0))";
    private const string Breaks = $"({BelowZero} OR {ChurnLeavesArr} OR {NewAfterArr} OR {ReactivationWithoutChurn})";

    /// <summary>
    /// Each movement's running ARR before and after it and what came before it, the loaded movements
    /// included (those this load replaces left out), by movement id; and for each, the first loaded
    /// movement after it that the load would break ("2026-03-01 M3"). A movement id the load repeats is
    /// left out: those rows are refused as duplicates, and the quick pass, which has no record numbers,
    /// could not tell them apart.
    /// </summary>
    private const string Running = $"""
        SELECT *, min(CASE WHEN broken THEN strftime(effective_on, '%Y-%m-%d') || ' ' || movement_id END) OVER (
                   PARTITION BY account_id ORDER BY effective_on, movement_id ROWS BETWEEN 1 FOLLOWING AND UNBOUNDED FOLLOWING) AS broken_later
        FROM (
            SELECT *, loaded AND {Breaks} AS broken
            FROM (
                SELECT *,
                       coalesce(sum(arr_change) OVER earlier, 0) AS arr_before,
                       coalesce(sum(arr_change) OVER earlier, 0) + arr_change AS arr_after,
                       count(*) FILTER (WHERE kind = 'churn') OVER earlier AS churns_before,
                       count(*) FILTER (WHERE arr_change <> 0) OVER earlier AS changes_before
                FROM (
                    SELECT account_id, effective_on, movement_id, kind, arr_change, false AS loaded FROM {StagingArea.Typed}
                    WHERE account_id IS NOT NULL AND effective_on IS NOT NULL AND kind IS NOT NULL AND arr_change IS NOT NULL
                      AND movement_id IN (SELECT movement_id FROM {StagingArea.Typed} GROUP BY movement_id HAVING count(*) = 1)
                    UNION ALL
                    SELECT account_id, effective_on, movement_id, kind, arr_change, true FROM fact_revenue_movement
                    WHERE movement_id NOT IN (SELECT movement_id FROM {StagingArea.Typed} WHERE movement_id IS NOT NULL))
                WINDOW earlier AS (PARTITION BY account_id ORDER BY effective_on, movement_id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)))
        """;

    private const string Row = "NOT r.loaded AND r.movement_id = t.movement_id";

    /// <summary>The row's running figures hold <paramref name="condition"/> (its bare names are Running's columns, the innermost scope).</summary>
    private static string RunningHas(string condition) => $"EXISTS (SELECT 1 FROM ({Running}) r WHERE {Row} AND {condition})";

    /// <summary>The ARR before the row, as the reasons show it ("1200.00").</summary>
    private static string ArrBefore => Figure("arr_before::DECIMAL(18, 2)::VARCHAR");

    /// <summary>One of the row's running figures, for its reason.</summary>
    private static string Figure(string column) => $"(SELECT r.{column} FROM ({Running}) r WHERE {Row})";

    public static KindLayout Layout { get; } = new(FactKind.Revenue, "fact_revenue_movement", ["movement_id"],
    [
        new("movement_id", FieldType.Text, Required: true),
        new("account_id", FieldType.Text, Required: true),
        new("effective_on", FieldType.Date, Required: true),
        new FieldSpec("kind", FieldType.Text, Required: true).OneOf(["new", "expansion", "contraction", "churn", "reactivation", "renewal"]),
        new("arr_change", FieldType.Decimal, Required: true),
        new("note", FieldType.Text),
    ])
    {
        Rules =
        [
            new("arr_change", "kind IN ('new', 'expansion', 'reactivation') AND arr_change <= 0", "")
            {
                ReasonSql = "concat('must be above 0 for ', t.kind, ' (it adds ARR)')",
            },
            new("arr_change", "kind IN ('contraction', 'churn') AND arr_change >= 0", "")
            {
                ReasonSql = "concat('must be below 0 for ', t.kind, ' (it removes ARR)')",
            },
            // The columns are DECIMAL(14, 2): a larger amount must fail here, not in the merge.
            new("arr_change", "abs(arr_change) >= 1000000000000", "ARR changes must be under 1000000000000"),
            // Only kinds that remove ARR can take it below 0 with the right sign; a churn's own rule says more.
            new("arr_change", RunningHas(BelowZero), "")
            {
                ReasonSql = $"concat('takes the account''s ARR below 0 (ARR before it: ', {ArrBefore}, ')')",
            },
            new("arr_change", RunningHas(ChurnLeavesArr), "")
            {
                ReasonSql = $"concat('a churn must bring the account''s ARR to exactly 0 (ARR before it: ', {ArrBefore}, ')')",
            },
            new("kind", RunningHas(NewAfterArr), "")
            {
                ReasonSql = $"concat('a new movement only comes to an account that never had ARR (ARR before it: ', {ArrBefore}, '; after a churn use reactivation)')",
            },
            // Only for a movement that keeps the rules itself: one error per row says enough.
            new("arr_change", RunningHas($"broken_later IS NOT NULL AND NOT {Breaks}"), "")
            {
                ReasonSql = $"concat('makes the already loaded movement ', {Figure("broken_later")}, ' break the ARR rules (load the account''s movements together)')",
            },
            new("kind", RunningHas(ReactivationWithoutChurn), "")
            {
                ReasonSql = $"concat('a reactivation only comes after a churn, to an account at 0 (ARR before it: ', {ArrBefore}, ')')",
            },
        ],
        References = [KindLayouts.AccountReference],
    };
}
