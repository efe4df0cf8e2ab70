using Microsoft.AspNetCore.Mvc;

namespace Reporting.Web.Embed;

/// <summary>
/// Why an embed request gets no data: 401 when the token itself is not acceptable, 403 when it is but
/// does not allow what was asked. Answered as ProblemDetails naming the claim or parameter at fault.
/// </summary>
public sealed class EmbedRefusal(int status, string title, string detail, string? field = null) : Exception(detail)
{
    public int Status { get; } = status;

    public string Title { get; } = title;

    public string? Field { get; } = field;

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

    public IResult ToResult() => TypedResults.Problem(ToProblem());
}
