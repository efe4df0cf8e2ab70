using System.Security.Cryptography;
using Reporting.Core.Storage;

namespace Reporting.Core.Access;

/// <summary>
/// The first run's way in: while no admin of the team has a password, the first admin (by e-mail)
/// gets a random one, which the caller shows once (./run.sh prints it) and nobody stores in clear.
/// Once any admin has a password this does nothing, so a restart never changes it.
/// </summary>
public static class FirstAdminPassword
{
    public const int Length = 20;

    /// <summary>Letters and digits without the look-alikes (0/O, 1/l/I): about 115 bits in 20 characters.</summary>
    public const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    public const string Actor = "first-run";

    /// <summary>The admin and their new password; null when the team has no admin or an admin already has a password.</summary>
    public static (string Email, string Password)? CreateIfNoAdminHasOne(ReportingDatabase database, DateTimeOffset now)
    {
        var admins = new TeamDirectory(database).Members().Where(m => m.Role == TeamRole.Admin).ToList();
        var credentials = new Credentials(database);
        if (admins.Count == 0 || admins.Any(a => credentials.HasPassword(a.Email)))
        {
            return null;
        }
        var admin = admins[0].Email;
        var password = RandomNumberGenerator.GetString(Alphabet, Length);
        credentials.SetPassword(admin, password, now);
        new AuditLog(database).Record(new AuditEntry(now, Actor, AuditActions.UserChange, admin, null, "ok", "first admin password created"));
        return (admin, password);
    }
}
