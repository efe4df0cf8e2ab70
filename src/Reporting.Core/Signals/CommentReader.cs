using Reporting.Core.Storage;
using Reporting.Core.Themes;
using Reporting.DuckDb;

namespace Reporting.Core.Signals;

/// <summary>
/// Reads the survey comments answered within dates, with the contact's role (dim_contact) and the
/// themes each carries, matched in SQL exactly as the cube's theme measures match them. Dates and the
/// segment are bound parameters; the theme stems are the dictionary's, quoted as constants.
/// </summary>
internal sealed class CommentReader(ReportingDatabase database, ThemeDictionary themes)
{
    /// <summary>Comments by account id, oldest first, from <paramref name="from"/> to <paramref name="to"/> inclusive.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<CommentEvidence>> Read(DateOnly from, DateOnly to, string? segment, CancellationToken cancellationToken)
    {
        var flags = string.Concat(themes.Themes.Select((t, i) => $", CAST({ThemeSql.Mentions(t)} AS BOOLEAN) AS theme_{i}"));
        var sql = $"""
            SELECT r.response_id, r.account_id, r.contact_id, c.role, r.survey_type, r.score, r.comment, r.responded_at{flags}
            FROM fact_survey_response AS r
            LEFT JOIN dim_contact AS c ON c.contact_id = r.contact_id
            WHERE r.responded_at >= $1 AND r.responded_at < $2
              AND ($3::VARCHAR IS NULL OR r.account_id IN (SELECT account_id FROM dim_account WHERE segment = $3))
              AND r.comment IS NOT NULL AND trim(r.comment) <> ''
            ORDER BY r.account_id, r.responded_at, r.response_id
            """;
        using var facts = database.ConnectFacts();
        var rows = facts.Query(sql, [from, to.AddDays(1), segment], cancellationToken);
        var comments = new Dictionary<string, List<CommentEvidence>>(StringComparer.Ordinal);
        for (var i = 0; i < rows.RowCount; i++)
        {
            var account = (string)rows["account_id"].GetValue(i)!;
            if (!comments.TryGetValue(account, out var list))
            {
                comments[account] = list = [];
            }
            list.Add(Comment(rows, i));
        }
        return comments.ToDictionary(p => p.Key, p => (IReadOnlyList<CommentEvidence>)p.Value, StringComparer.Ordinal);
    }

    private CommentEvidence Comment(DuckDbResultSet rows, int i) => new(
        (string)rows["response_id"].GetValue(i)!,
        (DateTime)rows["responded_at"].GetValue(i)!,
        rows["contact_id"].GetValue(i) as string,
        rows["role"].GetValue(i) as string,
        (string)rows["survey_type"].GetValue(i)!,
        Convert.ToInt32(rows["score"].GetValue(i), System.Globalization.CultureInfo.InvariantCulture),
        (string)rows["comment"].GetValue(i)!,
        themes.Themes.Where((_, t) => rows[$"theme_{t}"].GetValue(i) is true).Select(t => t.Name).ToList());
}
