namespace Reporting.Core.Kpis;

/// <summary>reports/kpis.yaml cannot be used: names the file and the KPI, so start-up fails clearly.</summary>
public sealed class KpiCatalogException(string file, string problem) : Exception($"{file}: {problem}")
{
    public string File { get; } = file;
}
