using MimeKit;
using Reporting.Core.Delivery;
using Reporting.Tests.Fixtures.Delivery;

namespace Reporting.Core.Tests.Delivery;

/// <summary>Each recipient's message holds what that recipient may see, whoever created the subscription.</summary>
public sealed class DeliveryScopeTests : IDisposable
{
    private readonly DeliveryWorld world = new();

    [Fact]
    public async Task A_csms_digest_holds_only_their_accounts_and_an_admins_every_account()
    {
        world.Store.Add(DeliveryData.Digest("overview", DeliveryData.Member("ana.silva@cs.example.com"), DeliveryData.Member("Robin.Hale@cs.example.com")));

        await world.RunAsync(DeliveryWorld.December1);

        Assert.Equal("A1,Acme,2026-12-31\nA2,Brill,2027-03-01", Body("ana.silva@cs.example.com").TextBody);
        Assert.Equal("A1,Acme,2026-12-31\nA2,Brill,2027-03-01\nB1,Corvid,2026-12-20", Body("robin.hale@cs.example.com").TextBody);
    }

    [Fact]
    public async Task Rule_packs_go_to_each_accounts_own_contacts_holding_only_that_account_and_to_a_csm_only_for_their_accounts()
    {
        // Renewing within 30 days of 1 December: A1 (31 December) and B1 (20 December), not A2 (March).
        world.Store.Add(DeliveryData.AccountPack("A1", DeliveryData.Role("executive"), DeliveryData.Member("bo.chen@cs.example.com")) with
        {
            Name = "Renewals",
            Content = new SubscriptionContent(SubscriptionContentKind.RulePacks, null, new PackRule(30, null), null, new Dictionary<string, string>(), null),
        });

        var summary = await world.RunAsync(DeliveryWorld.December1);

        Assert.Equal(4, summary.Sent);
        Assert.Equal(
            [("bo.chen@cs.example.com", "Renewals: B1", "B1,Corvid,2026-12-20"), ("ed@acme.example", "Renewals: A1", "A1,Acme,2026-12-31"),
             ("eve@acme.example", "Renewals: A1", "A1,Acme,2026-12-31"), ("vi@corvid.example", "Renewals: B1", "B1,Corvid,2026-12-20")],
            world.Smtp.Messages().Select(m => (m.To.Mailboxes.Single().Address, m.Subject, m.TextBody)).Order());
    }

    [Fact]
    public async Task A_csms_rule_reaches_no_account_outside_their_book_even_for_an_outside_address()
    {
        world.Store.Add(DeliveryData.AccountPack("A1", DeliveryData.Address("board@partner.example")) with
        {
            Name = "Ana's renewals",
            Content = new SubscriptionContent(SubscriptionContentKind.RulePacks, null, new PackRule(30, null), null, new Dictionary<string, string>(), null),
            CreatedBy = "ana.silva@cs.example.com",
        });

        await world.RunAsync(DeliveryWorld.December1);

        Assert.Equal(["Ana's renewals: A1"], world.Smtp.Messages().Select(m => m.Subject));
    }

    private MimeMessage Body(string recipient) => world.Smtp.Messages().Single(m => m.To.Mailboxes.Single().Address == recipient);

    public void Dispose() => world.Dispose();
}
