using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Reporting.Web.SignIn.Oidc;

/// <summary>
/// What the not-a-member page says about who signed in: the e-mail the provider gave (null when it
/// gave none) and whether the provider said it had not verified it. It travels in the page's address
/// protected and time-limited, so nobody can make the page claim that some other e-mail signed in.
/// </summary>
public sealed record NotAMemberNotice(string? Email, bool Unverified)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    private const string Purpose = "Reporting.SignIn.Oidc.NotAMember";

    public string Protect(IDataProtectionProvider protection) =>
        Protector(protection).Protect($"{(Unverified ? 'u' : 'v')}{Email}", Lifetime);

    /// <summary>The notice, or null when <paramref name="text"/> is missing, altered or expired.</summary>
    public static NotAMemberNotice? Read(IDataProtectionProvider protection, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        try
        {
            var plain = Protector(protection).Unprotect(text);
            return new NotAMemberNotice(plain.Length > 1 ? plain[1..] : null, plain.StartsWith('u'));
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    private static ITimeLimitedDataProtector Protector(IDataProtectionProvider protection) =>
        protection.CreateProtector(Purpose).ToTimeLimitedDataProtector();
}
