namespace Reporting.Core.Dashboards;

/// <summary>A dashboard file that cannot be used, named with the file and the dashboard or chart at fault.</summary>
public sealed class DashboardException(string file, string message) : Exception($"{file}: {message}")
{
    public string File { get; } = file;
}
