using Reporting.Core.Storage;

namespace Reporting.Seed.Tests;

public sealed class ProgressTests
{
    private static readonly string[] Stages = ["team", "accounts", "contacts", "tickets", "surveys", "engagement", "meetings", "cases", "sends", "requests", "revenue"];

    [Fact]
    public void Every_stage_reports_from_zero_to_all_accounts_in_order_and_the_team_stage_to_all_twelve_members()
    {
        using var database = ReportingDatabase.OpenInMemory();
        var progress = new RecordingProgress();

        DemoDataSeeder.Seed(database, SeededDatabase.Small(), progress);

        Assert.Equal(Stages, progress.Reports.Select(p => p.Stage).Distinct());
        foreach (var stage in Stages)
        {
            var reports = progress.Reports.Where(p => p.Stage == stage).ToList();
            var total = stage == "team" ? 12 : 20;
            Assert.Equal(new SeedProgress(stage, 0, total), reports[0]);
            Assert.Equal(new SeedProgress(stage, total, total), reports[^1]);
            Assert.True(reports.Zip(reports.Skip(1)).All(pair => pair.First.Done <= pair.Second.Done), $"{stage} went backwards");
        }
    }

    [Fact]
    public void Invalid_options_are_rejected_before_anything_is_written()
    {
        using var database = ReportingDatabase.OpenInMemory();

        Assert.Throws<ArgumentOutOfRangeException>(() => DemoDataSeeder.Seed(database, SeededDatabase.Small() with { Accounts = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => DemoDataSeeder.Seed(database, SeededDatabase.Small() with { Months = 0 }));

        using var connection = database.Connect();
        Assert.Equal(0, DataVersion.Current(connection));
    }
}
