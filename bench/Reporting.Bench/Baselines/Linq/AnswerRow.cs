namespace Reporting.Bench.Baselines.Linq;

/// <summary>The fields of a survey answer the NPS query reads.</summary>
public sealed record AnswerRow(string AccountId, string SurveyType, int Score, DateTime RespondedAt);
