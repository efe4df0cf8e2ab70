using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Reporting.Core.Cube;
using Reporting.Core.Cube.Model;
using Reporting.Core.Cube.Querying;
using Reporting.Documents.Cube;
using Reporting.Web.Operations;
using Reporting.Core.Periods;

namespace Reporting.Web.Cube;

/// <summary>The cube over HTTP: POST /api/cube/query, POST /api/cube/sql, GET /api/cube/meta and /stats.</summary>
public static class CubeEndpoints
{
    public static IEndpointRouteBuilder MapReportingCube(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/cube").WithTags("Cube");
        group.MapPost("/query", Query).Accepts<CubeQueryRequest>("application/json").WithExample(CubeQueryRequest.Example).WithName("CubeQuery")
            .WithSummary("Answer a cube query (measures, dimensions, time dimension, filters, totals, order, paging).").Refuses(400, 415, 503);
        group.MapPost("/sql", Sql).Accepts<CubeQueryRequest>("application/json").WithExample(CubeQueryRequest.Example).WithName("CubeSql")
            .WithSummary("The SQL and bound parameters a cube query runs (its own statement, and the compared period's), without running it.").Refuses(400, 403, 415)
            .RequireAuthorization(SignIn.AccessPolicies.Admin);
        group.MapGet("/meta", Meta).WithName("CubeMeta").WithSummary("The cubes and their members, with titles, types and descriptions.");
        group.MapGet("/stats", (CubeCache cache) => TypedResults.Ok(cache.Stats)).WithName("CubeStats").WithSummary("Cache hits, misses and entries.");
        return endpoints;
    }

    public static async Task<Results<CubeJson, ProblemHttpResult>> Query(
        HttpRequest request, CubeCache cache, ReportingClock clock, IOptions<JsonOptions> json, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        try
        {
            var query = QueryJson.Parse(await Body(request, cancellationToken), today);
            // A hit is answered here; only DuckDB's work (which may wait at the gate) leaves the request's thread.
            var answer = cache.TryGetCached(query, today, out var cached)
                ? cached
                : await Task.Run(() => cache.Answer(query, today, cancellationToken), cancellationToken);
            return new CubeJson(answer.Json(query, json.Value.SerializerOptions));
        }
        catch (QueryException e)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The query cannot be answered", detail: e.Message,
                extensions: new Dictionary<string, object?> { ["member"] = e.Member });
        }
    }

    public static async Task<Results<Ok<CubeSqlResponse>, ProblemHttpResult>> Sql(
        HttpRequest request, CubeEngine engine, ReportingClock clock, CancellationToken cancellationToken)
    {
        var today = clock.Today;
        try
        {
            var query = QueryJson.Parse(await Body(request, cancellationToken), today);
            return TypedResults.Ok(new CubeSqlResponse(query, engine.Statements(query, today)));
        }
        catch (QueryException e)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The query cannot be compiled", detail: e.Message,
                extensions: new Dictionary<string, object?> { ["member"] = e.Member });
        }
    }

    /// <summary>The body as text, refused past <see cref="QueryLimits.MaxBodyBytes"/> before it is all read.</summary>
    private static async Task<string> Body(HttpRequest request, CancellationToken cancellationToken)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > QueryLimits.MaxBodyBytes)
            {
                throw new QueryException("query", $"is larger than {QueryLimits.MaxBodyBytes / 1024} KB");
            }
            buffer.Write(chunk, 0, read);
        }
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    public static Ok<IReadOnlyList<CubeMeta>> Meta(SemanticModel model) =>
        TypedResults.Ok<IReadOnlyList<CubeMeta>>(model.Cubes.OrderBy(c => c.Name, StringComparer.Ordinal).Select(CubeMeta.Of).ToList());
}

/// <summary>The query as understood, the statements it runs, and the same as text (<see cref="StatementText"/>).</summary>
public sealed record CubeSqlResponse(CubeQuery Query, IReadOnlyList<CubeStatement> Statements)
{
    public string Text => StatementText.Of(Statements);
}

/// <summary>What a client may ask a cube for.</summary>
public sealed record CubeMeta(string Name, string Title, string? Description, IReadOnlyList<MemberMeta> Dimensions, IReadOnlyList<MemberMeta> Measures)
{
    public static CubeMeta Of(CubeDefinition cube) => new(cube.Name, cube.Title, cube.Description,
        cube.Dimensions.Select(d => new MemberMeta($"{cube.Name}.{d.Name}", d.Title ?? d.Name, d.Type.ToString().ToLowerInvariant(), d.Description)).ToList(),
        cube.Measures.Select(m => new MemberMeta($"{cube.Name}.{m.Name}", m.Title ?? m.Name, m.Type.ToString().ToLowerInvariant(), m.Description)).ToList());
}

public sealed record MemberMeta(string Name, string Title, string Type, string? Description);
