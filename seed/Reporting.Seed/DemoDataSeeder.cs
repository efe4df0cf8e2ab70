using Reporting.Core.Storage;

namespace Reporting.Seed;

/// <summary>Writes deterministic demo data that tells the playbooks' stories, in one transaction.</summary>
public static class DemoDataSeeder
{
    public static SeedSummary Seed(ReportingDatabase database, SeedOptions options, IProgress<SeedProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        throw new NotImplementedException("being written");
    }
}
