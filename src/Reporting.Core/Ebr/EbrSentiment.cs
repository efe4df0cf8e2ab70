namespace Reporting.Core.Ebr;

/// <summary>
/// The sentiment section besides its tiles and trends: the share of the period's commented answers
/// per theme (largest first, themes nobody mentioned left out) and two or three quotes.
/// </summary>
public sealed record EbrSentiment(IReadOnlyList<EbrThemeShare> Themes, long CommentedAnswers, IReadOnlyList<EbrQuote> Quotes);

/// <summary>A theme of reports/themes.yaml and the percent of commented answers that mention it.</summary>
public sealed record EbrThemeShare(string Theme, string Title, double Share);

/// <summary>A customer's comment as the pack quotes it: when, which survey, the score and the NPS group.</summary>
public sealed record EbrQuote(DateOnly RespondedOn, string SurveyType, int Score, string? Group, string Comment);
