using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Reporting.Web.SignIn;

namespace Reporting.Web.Tests.SignIn;

public sealed class RememberedTicketsTests
{
    private static readonly TicketDataFormat Real = new(new EphemeralDataProtectionProvider().CreateProtector("tests"));

    [Fact]
    public void A_cookie_reads_as_its_ticket_each_time_and_a_forged_one_as_nothing()
    {
        using var tickets = new RememberedTickets(Real);
        var cookie = tickets.Protect(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Email, "ana@x.io")], "test")), "cookie"));

        var first = tickets.Unprotect(cookie);
        var again = tickets.Unprotect(cookie);

        Assert.Equal("ana@x.io", first!.Principal.FindFirstValue(ClaimTypes.Email));
        Assert.Same(first, again);
        Assert.Null(tickets.Unprotect(cookie[..^4] + "AAAA"));
        Assert.Null(tickets.Unprotect(null));
    }

    [Fact]
    public void A_ticket_is_remembered_for_its_purpose_only()
    {
        using var tickets = new RememberedTickets(Real);
        var cookie = tickets.Protect(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity("test")), "cookie"), "one");

        Assert.NotNull(tickets.Unprotect(cookie, "one"));
        Assert.Null(tickets.Unprotect(cookie, "two"));
    }
}
