using System.Data.Common;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Reporting.Core.Schema;
using Reporting.Core.Storage;
using Reporting.DuckDb;

namespace Reporting.Web.Storage;

/// <summary>
/// Healthy when the database answers a query and is at the schema version this build ships, and on
/// ClickHouse when the warehouse answers too (its data version: what every cached answer is keyed by).
/// </summary>
public sealed class DatabaseHealthCheck(ReportingDatabase database) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var connection = database.Connect();
            var version = SchemaMigrator.CurrentVersion(connection);
            var expected = MigrationCatalog.All.Count;
            var data = new Dictionary<string, object> { ["schemaVersion"] = version, ["engine"] = DuckDbEngine.Version };
            if (database.Warehouse is not null)
            {
                data["warehouse"] = database.Dialect.Name;
                data["dataVersion"] = database.ReadDataVersion();
            }
            return Task.FromResult(version == expected
                ? HealthCheckResult.Healthy("database answers", data)
                : HealthCheckResult.Unhealthy($"schema version {version}, expected {expected}", data: data));
        }
        catch (Exception e) when (e is DbException or HttpRequestException)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy(database.Warehouse is null ? "database does not answer" : "database or warehouse does not answer", e));
        }
    }
}
