using System.Data.Common;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Reporting.Core.Schema;
using Reporting.Core.Storage;
using Reporting.DuckDb;

namespace Reporting.Web.Storage;

/// <summary>Healthy when the database answers a query and is at the schema version this build ships.</summary>
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
            return Task.FromResult(version == expected
                ? HealthCheckResult.Healthy("database answers", data)
                : HealthCheckResult.Unhealthy($"schema version {version}, expected {expected}", data: data));
        }
        catch (DbException e)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("database does not answer", e));
        }
    }
}
