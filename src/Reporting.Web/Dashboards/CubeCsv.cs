using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Reporting.Core.Csv;
using Reporting.Core.Cube;
using Reporting.Core.Cube.Compiling;
using Reporting.Core.Cube.Model;
using Reporting.Core.Cube.Querying;
using Reporting.Documents.Cube;
using Reporting.Core.Periods;

namespace Reporting.Web.Dashboards;

/// <summary>
/// GET /api/cube/csv: a cube query's rows as CSV, the same rows a chart's table shows (answered from
/// the cache): one column per dimension and measure, headed by their titles, numbers as the cube
/// rounds them, dates as YYYY-MM-DD.
/// </summary>
public static class CubeCsv
{
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Download(
        string? query, string? name, CubeCache cache, SemanticModel model, ReportingClock clock, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        try
        {
            var parsed = QueryJson.Parse(query ?? throw new QueryException("query", "is required (the query JSON)"), today);
            var result = await Task.Run(() => cache.Query(parsed, today, cancellationToken), cancellationToken);
            var file = FileName(name);
            return TypedResults.File(Encoding.UTF8.GetBytes(Write(result, model)), "text/csv; charset=utf-8", file);
        }
        catch (QueryException e)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The query cannot be answered", detail: e.Message,
                extensions: new Dictionary<string, object?> { ["member"] = e.Member });
        }
    }

    public static string Write(CubeResult result, SemanticModel model)
    {
        var columns = result.Columns.Select((c, i) => (Column: c, Index: i)).Where(c => c.Column.Kind is OutputKind.Dimension or OutputKind.Measure).ToList();
        var csv = new StringBuilder();
        CsvText.AppendLine(csv, columns.Select(c => Title(c.Column.Name, model)));
        foreach (var row in result.Rows)
        {
            CsvText.AppendLine(csv, columns.Select(c => Text(row[c.Index])));
        }
        return csv.ToString();
    }

    /// <summary>A member's title; a period column ("tickets.created_at.month") is its dimension's title and grain.</summary>
    public static string Title(string member, SemanticModel model)
    {
        if (model.Resolve(member) is { } resolved)
        {
            var cube = resolved.Cube;
            return cube.Measures.FirstOrDefault(m => m.Name == resolved.Member)?.Title
                ?? cube.Dimensions.FirstOrDefault(d => d.Name == resolved.Member)?.Title
                ?? resolved.Member;
        }
        var dot = member.LastIndexOf('.');
        return dot > 0 && model.Resolve(member[..dot]) is not null ? $"{Title(member[..dot], model)} ({member[(dot + 1)..]})" : member;
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime time => time.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string FileName(string? name)
    {
        var safe = new string((name ?? "query").Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_').ToArray());
        return (safe.Length == 0 ? "query" : safe) + ".csv";
    }
}
