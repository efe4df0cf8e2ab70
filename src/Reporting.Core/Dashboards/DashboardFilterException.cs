using Reporting.Core.Text;

namespace Reporting.Core.Dashboards;

/// <summary>A dashboard URL parameter that cannot be used, named.</summary>
public sealed class DashboardFilterException(string parameter, string message) : Exception($"{Echo.Short(parameter)}: {Echo.Quotes(message)}")
{
    public string Parameter { get; } = Echo.Short(parameter);
}
