using Reporting.Core.Delivery;
using Reporting.Tests.Fixtures.Delivery;
using Reporting.Core.Storage;

namespace Reporting.Core.Tests.Delivery;

public sealed class UnsubscribeLinksTests
{
    private static readonly Uri Base = new("https://reports.example/");

    [Fact]
    public void A_link_reads_back_its_subscription_and_email_and_a_changed_one_does_not()
    {
        var links = new UnsubscribeLinks("secret"u8.ToArray());
        var token = links.Token(42, "Eve@Acme.example");
        var forged = new UnsubscribeLinks("other"u8.ToArray()).Token(42, "eve@acme.example");
        var swapped = links.Token(43, "eve@acme.example").Split('.')[0] + "." + token.Split('.')[1];

        Assert.Equal("https://reports.example/unsubscribe?token=" + token, links.Create(Base, 42, "eve@acme.example").ToString());
        Assert.Equal((42L, "eve@acme.example"), links.TryRead(token));
        Assert.Null(links.TryRead(forged));
        Assert.Null(links.TryRead(swapped));
        Assert.Null(links.TryRead("not-a-token"));
        Assert.Null(links.TryRead(null));
    }

    [Fact]
    public void Without_a_secret_the_key_is_made_once_and_kept_in_the_database()
    {
        using var database = ReportingDatabase.OpenInMemory();
        var store = new SubscriptionStore(database);

        var token = UnsubscribeLinks.For(store, null).Token(1, "a@b.example");

        Assert.Equal((1L, "a@b.example"), UnsubscribeLinks.For(store, null).TryRead(token));
        Assert.Null(UnsubscribeLinks.For(store, "configured").TryRead(token));
    }
}
