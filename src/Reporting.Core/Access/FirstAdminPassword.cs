using System.Security.Cryptography;

namespace Reporting.Core.Access;

/// <summary>
/// A first run's way in: when the team has admins and none of them has a password, the first admin
/// (by e-mail) gets a random one, which the caller shows once. Once any admin has a password, nothing.
/// </summary>
public static class FirstAdminPassword
{
    private const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    /// <summary>The admin and the password just set, or null when there was nothing to do.</summary>
    public static (TeamMember Admin, string Password)? Ensure(TeamDirectory team, Credentials credentials, DateTimeOffset now)
    {
        var admins = team.Members().Where(m => m.Role == TeamRole.Admin).ToList();
        if (admins.Count == 0 || admins.Any(a => credentials.HasPassword(a.Email)))
        {
            return null;
        }
        var password = RandomNumberGenerator.GetString(Alphabet, 20);
        credentials.SetPassword(admins[0].Email, password, now);
        return (admins[0], password);
    }
}
