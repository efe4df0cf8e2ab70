using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Reporting.Documents.Dashboards;

namespace Reporting.Web.Embed;

/// <summary>
/// The one refusal path of the embed endpoints: each runs its answer through <see cref="Answer{T}"/>,
/// which maps what refuses it to the 4xx problem it gets. A token that is not acceptable (401) or does
/// not allow the request (403) is an <see cref="EmbedRefusal"/>; a token request whose claims do not
/// parse (400 naming the field) an <see cref="EmbedClaimException"/>; a token request that is no JSON
/// object (400) a <see cref="JsonException"/> (only minting reads a body); filters that cannot be used
/// (400 naming the parameter) or a dashboard or chart that does not exist (404) a refused
/// <see cref="DashboardOutcome"/>, answered by <see cref="Refused"/>.
/// </summary>
public static class EmbedAnswers
{
    public static async Task<Results<TAnswer, ProblemHttpResult>> Answer<TAnswer>(Func<Task<Results<TAnswer, ProblemHttpResult>>> answer)
        where TAnswer : IResult
    {
        try
        {
            return await answer();
        }
        catch (EmbedRefusal refusal)
        {
            return refusal.ToResult();
        }
        catch (EmbedClaimException e)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The token cannot be minted", detail: e.Message,
                extensions: new Dictionary<string, object?> { ["field"] = e.Claim });
        }
        catch (JsonException e)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The body is not a token request",
                detail: $"send one JSON object, each name once (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1})");
        }
    }

    /// <summary>A view that was not made: 404 when the dashboard or chart does not exist, else 400 naming the filter parameter.</summary>
    public static ProblemHttpResult Refused(DashboardOutcome outcome) => outcome.NotFound
        ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: outcome.Error)
        : TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The filters cannot be used", detail: outcome.Error,
            extensions: new Dictionary<string, object?> { ["parameter"] = outcome.Parameter });
}
