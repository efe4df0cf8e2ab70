namespace Reporting.Core.Signals;

/// <summary>A survey comment of the current period with the themes it carries and its contact's role (null when unknown).</summary>
public sealed record CommentEvidence(
    string ResponseId,
    DateTime RespondedAt,
    string? ContactId,
    string? Role,
    string SurveyType,
    int Score,
    string Comment,
    IReadOnlyList<string> Themes);
