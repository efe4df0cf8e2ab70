namespace Reporting.Core.Dashboards;

/// <summary>A dashboard URL parameter that cannot be used, named.</summary>
public sealed class DashboardFilterException(string parameter, string message) : Exception($"{parameter}: {message}")
{
    public string Parameter { get; } = parameter;
}
