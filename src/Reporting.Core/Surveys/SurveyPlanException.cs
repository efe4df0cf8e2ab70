namespace Reporting.Core.Surveys;

/// <summary>A survey plan request that cannot be answered, naming the parameter at fault.</summary>
public sealed class SurveyPlanException(string parameter, string message) : Exception($"{parameter}: {message}")
{
    public string Parameter { get; } = parameter;
}
