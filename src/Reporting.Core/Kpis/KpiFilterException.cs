using Reporting.Core.Text;

namespace Reporting.Core.Kpis;

/// <summary>A KPI request that cannot be answered; <see cref="Parameter"/> names the part at fault.</summary>
public sealed class KpiFilterException(string parameter, string problem, bool notFound = false) : Exception($"{Echo.Short(parameter)}: {Echo.Quotes(problem)}")
{
    public string Parameter { get; } = Echo.Short(parameter);

    /// <summary>True when the request names something that does not exist (an unknown account): a 404, not a 400.</summary>
    public bool NotFound { get; } = notFound;
}
