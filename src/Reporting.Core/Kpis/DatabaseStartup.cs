using Microsoft.Extensions.DependencyInjection;
using Reporting.Core.Cube;
using Reporting.Core.Cube.Model;
using Reporting.Core.Periods;
using Reporting.Core.Storage;
using Reporting.Core.Warehouse;

namespace Reporting.Core.Kpis;

/// <summary>
/// The one start-up step of the server and the command line, run after their services are built and
/// before anything reads: the model and the KPI catalog are loaded (a bad file stops start-up naming
/// the file and member), and the catalog's SLA targets, key features and survey program rules are
/// written to the tables the model joins (<see cref="KpiSettingsTables"/>); on ClickHouse the warehouse
/// is brought level with the local file (a publish a crash cut short is redone) and every member of
/// the model is planned there (<see cref="ModelOnWarehouse"/>).
/// </summary>
public static class DatabaseStartup
{
    public static void Prepare(IServiceProvider services)
    {
        services.GetRequiredService<SemanticModel>();
        var database = services.GetRequiredService<ReportingDatabase>();
        KpiSettingsTables.Apply(services.GetRequiredService<KpiCatalog>(), database);
        WarehouseWrites.Synchronize(database);
        if (services.GetService<CubeEngine>() is { } engine)
        {
            ModelOnWarehouse.Check(engine, database, services.GetRequiredService<ReportingClock>().Today);
        }
    }
}
