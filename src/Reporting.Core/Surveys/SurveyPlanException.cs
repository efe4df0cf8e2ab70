using Reporting.Core.Text;

namespace Reporting.Core.Surveys;

/// <summary>A survey plan request that cannot be answered, naming the parameter at fault.</summary>
public sealed class SurveyPlanException(string parameter, string message) : Exception($"{Echo.Short(parameter)}: {Echo.Quotes(message)}")
{
    public string Parameter { get; } = Echo.Short(parameter);
}
