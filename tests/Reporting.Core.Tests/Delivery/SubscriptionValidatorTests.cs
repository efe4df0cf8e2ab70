using Reporting.Core.Access;
using Reporting.Core.Delivery;
using Reporting.Tests.Fixtures.Delivery;
using Reporting.Core.Storage;

namespace Reporting.Core.Tests.Delivery;

public sealed class SubscriptionValidatorTests : IDisposable
{
    private readonly ReportingDatabase database = ReportingDatabase.OpenInMemory();
    private readonly SubscriptionValidator validator;

    public SubscriptionValidatorTests()
    {
        DeliveryData.Write(database);
        validator = new SubscriptionValidator(database, ["overview", "support"]);
    }

    [Fact]
    public void A_complete_subscription_has_no_problem()
    {
        var pack = DeliveryData.AccountPack("A1", DeliveryData.Role("executive"), DeliveryData.Address("cfo@acme.example"));

        Assert.Empty(validator.Validate(pack, AccessScope.All));
    }

    [Fact]
    public void Each_problem_names_its_field()
    {
        var bad = DeliveryData.AccountPack("A1", DeliveryData.Member("nobody@x.example"), DeliveryData.Role("ceo"), DeliveryData.Address("not an address")) with
        {
            Name = " ",
            Schedule = DeliveryData.Cron("61 7 * * *", "Mars/Olympus"),
            Channel = DeliveryChannel.Webhook,
            WebhookUrl = "ftp://x",
        };

        var problems = validator.Validate(bad, AccessScope.All).Select(p => p.Field).ToList();

        Assert.Equal(["name", "recipients[0].value", "recipients[1].value", "recipients[2].value", "schedule.timeZone", "schedule.cron", "webhookUrl"], problems);
    }

    [Theory]
    [InlineData("last-90-days", null)]
    [InlineData("last-3-months", null)]
    [InlineData("quarterly", "'quarterly' is not a period: use last-N-days (1 to 3660) or last-N-months (1 to 120), or leave it empty for the default")]
    [InlineData("last-0-days", "'last-0-days' is not a period: use last-N-days (1 to 3660) or last-N-months (1 to 120), or leave it empty for the default")]
    [InlineData("last-121-months", "'last-121-months' is not a period: use last-N-days (1 to 3660) or last-N-months (1 to 120), or leave it empty for the default")]
    public void A_period_is_one_that_can_be_sent(string period, string? problem)
    {
        var pack = DeliveryData.AccountPack("A1", DeliveryData.Role("executive"));
        pack = pack with { Content = pack.Content with { Period = period } };

        var found = validator.Validate(pack, AccessScope.All).SingleOrDefault(p => p.Field == "content.period");

        Assert.Equal(problem, found?.Message);
    }

    [Fact]
    public void A_digest_goes_to_members_only_and_is_scheduled_by_cron()
    {
        var digest = DeliveryData.Digest("overview", DeliveryData.Member("ana.silva@cs.example.com"), DeliveryData.Role("executive")) with
        {
            Schedule = new SubscriptionSchedule(ScheduleKind.BeforeRenewal, null, "UTC", 30, null, new TimeOnly(7, 0)),
        };

        var problems = validator.Validate(digest, AccessScope.All);

        Assert.Equal(
            ["recipients[1]: a dashboard digest goes to team members only (it shows more than one account)",
             "schedule.kind: a dashboard digest has no renewal or meeting of its own: schedule it with cron"],
            problems.Select(p => p.ToString()));
        Assert.Equal("content.dashboard: no dashboard 'nope' (one of overview, support)",
            Assert.Single(validator.Validate(DeliveryData.Digest("nope", DeliveryData.Member("ana.silva@cs.example.com")), AccessScope.All)).ToString());
    }

    [Fact]
    public void A_creator_may_subscribe_only_an_account_their_scope_sees()
    {
        var anasScope = AccessScope.ForBook(["Ana Silva", "ana.silva@cs.example.com"]);

        Assert.Empty(validator.Validate(DeliveryData.AccountPack("A2", DeliveryData.Role("executive")), anasScope));
        Assert.Equal("content.accountId: no account 'B1'",
            Assert.Single(validator.Validate(DeliveryData.AccountPack("B1", DeliveryData.Role("executive")), anasScope)).ToString());
    }

    public void Dispose() => database.Dispose();
}
