using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Caching.Memory;

namespace Reporting.Web.SignIn;

/// <summary>
/// The session cookie's tickets, remembered by the cookie's text for a few minutes: decrypting and
/// reading the ticket on every request was the largest part of a cached answer's cost. The cookie's
/// text is the secret itself, so remembering what it decrypts to tells nothing new; expiry, the
/// member's removal and the absolute cap are still checked on every request by the cookie handler
/// and <see cref="SessionEvents"/>.
/// </summary>
public sealed class RememberedTickets(ISecureDataFormat<AuthenticationTicket> inner) : ISecureDataFormat<AuthenticationTicket>, IDisposable
{
    private static readonly MemoryCacheEntryOptions Entry = new() { Size = 1, SlidingExpiration = TimeSpan.FromMinutes(5) };

    private readonly MemoryCache remembered = new(new MemoryCacheOptions { SizeLimit = 10_000 });

    public string Protect(AuthenticationTicket data) => inner.Protect(data);

    public string Protect(AuthenticationTicket data, string? purpose) => inner.Protect(data, purpose);

    public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, null);

    public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
    {
        if (protectedText is null)
        {
            return null;
        }
        var key = (protectedText, purpose);
        if (remembered.TryGetValue(key, out AuthenticationTicket? ticket))
        {
            return ticket;
        }
        ticket = inner.Unprotect(protectedText, purpose);
        if (ticket is not null)
        {
            remembered.Set(key, ticket, Entry);
        }
        return ticket;
    }

    public void Dispose() => remembered.Dispose();
}
