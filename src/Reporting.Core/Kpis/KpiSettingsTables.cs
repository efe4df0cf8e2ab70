using System.Data.Common;
using System.Globalization;
using Reporting.Core.Storage;
using Reporting.Core.Warehouse;
using Reporting.Core.Surveys;
using Reporting.DuckDb;

namespace Reporting.Core.Kpis;

/// <summary>
/// Writes the catalog's SLA targets, key features and survey program rules into dim_sla_target,
/// dim_key_feature and dim_survey_program, which the model's SQL joins and the survey planner reads:
/// reports/kpis.yaml stays the one place they are set. A change commits with a
/// data-version bump (cached answers computed with the old targets become unreachable); when the
/// tables already agree nothing is written.
/// </summary>
public static class KpiSettingsTables
{
    /// <summary>Returns true when the tables changed.</summary>
    public static bool Apply(KpiCatalog catalog, ReportingDatabase database, CancellationToken cancellationToken = default)
    {
        using var writer = database.AcquireWriter(cancellationToken);
        using var connection = database.Connect();
        if (Current(connection) == Wanted(catalog) && SurveyProgramRules.Read(connection) == catalog.SurveyProgram)
        {
            return false;
        }
        using var transaction = connection.BeginTransaction();
        foreach (var (priority, target) in catalog.Sla)
        {
            connection.Execute("INSERT OR REPLACE INTO dim_sla_target VALUES ($1, $2, $3)", priority, target.FirstResponseMinutes, target.ResolutionHours);
        }
        var features = connection.Query("SELECT feature FROM dim_key_feature").Column<string>("feature").Values.ToArray();
        foreach (var gone in features.Except(catalog.KeyFeatures, StringComparer.Ordinal))
        {
            connection.Execute("DELETE FROM dim_key_feature WHERE feature = $1", gone);
        }
        foreach (var added in catalog.KeyFeatures.Except(features, StringComparer.Ordinal))
        {
            connection.Execute("INSERT INTO dim_key_feature VALUES ($1)", added);
        }
        catalog.SurveyProgram.Write(connection);
        DataVersion.Bump(connection);
        WarehouseWrites.PublishBeforeCommit(database, connection, [], cancellationToken);
        transaction.Commit();
        return true;
    }

    private static string Current(DbConnection connection)
    {
        var sla = connection.Query("SELECT priority, first_response_minutes, resolution_hours FROM dim_sla_target ORDER BY priority");
        var rows = Enumerable.Range(0, sla.RowCount).Select(i => Row((string)sla.Columns[0].GetValue(i)!, (double)sla.Columns[1].GetValue(i)!, (double)sla.Columns[2].GetValue(i)!));
        var features = connection.Query("SELECT feature FROM dim_key_feature ORDER BY feature").Column<string>("feature").Values.ToArray();
        return $"{string.Join(";", rows)}|{string.Join(";", features)}";
    }

    private static string Wanted(KpiCatalog catalog)
    {
        var rows = catalog.Sla.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => Row(p.Key, p.Value.FirstResponseMinutes, p.Value.ResolutionHours));
        return $"{string.Join(";", rows)}|{string.Join(";", catalog.KeyFeatures.Order(StringComparer.Ordinal))}";
    }

    private static string Row(string priority, double minutes, double hours) =>
        string.Create(CultureInfo.InvariantCulture, $"{priority}={minutes:R}/{hours:R}");
}
