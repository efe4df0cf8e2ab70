using System.Diagnostics;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Reporting.Core.Telemetry;

namespace Reporting.Web.Embed;

/// <summary>
/// Why an embed request gets no data: 401 when the token itself is not acceptable, 403 when it is but
/// does not allow what was asked. Answered as ProblemDetails naming the claim or parameter at fault.
/// </summary>
public sealed class EmbedRefusal : Exception
{
    private static readonly HashSet<string> Claims = ["alg", "kid", "exp", "iat", "nbf", "header", "payload", EmbedClaims.Resource, EmbedClaims.Editable, EmbedClaims.Theme];

    /// <summary>Every refusal is counted (reporting.embed.refusals) by status and reason: the claim at fault, or a bounded word for a parameter the viewer named.</summary>
    public EmbedRefusal(int status, string title, string detail, string? field = null) : base(detail)
    {
        Status = status;
        Title = title;
        Field = field;
        var reason = field is null ? "token" : Claims.Contains(field) ? field : field.StartsWith(EmbedClaims.Filters + ".", StringComparison.Ordinal) ? EmbedClaims.Filters : "parameter";
        ReportingTelemetry.EmbedRefusals.Add(1, new TagList { { "status", status }, { "reason", reason } });
    }

    public int Status { get; }

    public string Title { get; }

    public string? Field { get; }

    public static EmbedRefusal Unauthorized(string detail, string? field = null) =>
        new(StatusCodes.Status401Unauthorized, "The embed token is not acceptable", detail, field);

    public static EmbedRefusal Forbidden(string detail, string? field = null) =>
        new(StatusCodes.Status403Forbidden, "The embed token does not allow this", detail, field);

    public ProblemDetails ToProblem() => new()
    {
        Status = Status,
        Title = Title,
        Detail = Message,
        Extensions = { ["field"] = Field },
    };

    public ProblemHttpResult ToResult() => TypedResults.Problem(ToProblem());
}
