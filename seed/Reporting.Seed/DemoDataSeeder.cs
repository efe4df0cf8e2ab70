using System.Diagnostics;
using Reporting.Core.Storage;
using Reporting.Core.Warehouse;
using Reporting.Seed.Writing;

namespace Reporting.Seed;

/// <summary>Writes deterministic demo data that tells the playbooks' stories, in one transaction.</summary>
public static class DemoDataSeeder
{
    /// <summary>
    /// Seeds every dim_ and fact_ table in one transaction on one connection: either all of it commits
    /// (with the data version bumped) or nothing does. Refuses a database that already has rows unless
    /// <see cref="SeedOptions.Replace"/> is set, in which case the old rows are deleted in the same transaction.
    /// </summary>
    /// <exception cref="InvalidOperationException">The database has data and Replace is not set.</exception>
    /// <exception cref="OperationCanceledException">Cancelled between two batches; nothing was written.</exception>
    public static SeedSummary Seed(ReportingDatabase database, SeedOptions options, IProgress<SeedProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(options);
        _ = SeedWindow.From(options); // validates before anything is opened
        var stopwatch = Stopwatch.StartNew();
        using var writer = database.AcquireWriter(cancellationToken);
        using var connection = database.Connect();
        using var transaction = connection.BeginTransaction();
        ExistingData.ClearOrRefuse(connection, options.Replace);
        var rows = new SeedPipeline(connection, options, progress, cancellationToken).Run();
        ExistingData.RemoveCredentialsOfMembersGone(connection);
        DataVersion.Bump(connection);
        WarehouseWrites.PublishBeforeCommit(database, connection, WarehouseTables.Names, cancellationToken);
        transaction.Commit();
        return new SeedSummary(options, rows, stopwatch.Elapsed);
    }
}
