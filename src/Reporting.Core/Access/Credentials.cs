using Reporting.DuckDb;
using Microsoft.AspNetCore.Identity;
using Reporting.Core.Storage;

namespace Reporting.Core.Access;

/// <summary>
/// Local passwords (the embedded default when no OpenID provider is configured), hashed with ASP.NET
/// Core's <see cref="PasswordHasher{TUser}"/> (PBKDF2, salted, versioned). After
/// <see cref="MaxFailures"/> wrong passwords in a row an account is locked for <see cref="LockoutFor"/>;
/// a right password while locked is refused too, so guessing gains nothing.
/// </summary>
public sealed class Credentials(ReportingDatabase database)
{
    public const int MaxFailures = 5;

    public static readonly TimeSpan LockoutFor = TimeSpan.FromMinutes(15);

    /// <summary>Passwords shorter than this are refused when set.</summary>
    public const int MinimumLength = 12;

    private static readonly PasswordHasher<string> Hasher = new();

    /// <summary>Checked against for an e-mail without a password: one verification, as for a member, not a hash and a verification.</summary>
    private static readonly Lazy<string> NobodysHash = new(() => Hasher.HashPassword("", "-"));

    /// <summary>Sets (or replaces) the member's password and clears any lockout.</summary>
    public void SetPassword(string email, string password, DateTimeOffset now)
    {
        if (password.Length < MinimumLength)
        {
            throw new ArgumentException($"A password needs at least {MinimumLength} characters.", nameof(password));
        }
        var key = Key(email);
        using var connection = database.Connect();
        connection.Execute(
            """
            INSERT INTO team_credential (email, password_hash, failed_attempts, locked_until, changed_at) VALUES ($1, $2, 0, NULL, $3)
            ON CONFLICT (email) DO UPDATE SET password_hash = excluded.password_hash, failed_attempts = 0, locked_until = NULL, changed_at = excluded.changed_at
            """,
            key, Hasher.HashPassword(key, password), now);
    }

    public bool HasPassword(string email)
    {
        using var connection = database.Connect();
        return Convert.ToInt64(connection.Query("SELECT count(*) FROM team_credential WHERE email = $1", Key(email)).Scalar()) > 0;
    }

    /// <summary>Checks a password, counting failures and locking the account after too many.</summary>
    public PasswordCheck Verify(string email, string password, DateTimeOffset now)
    {
        var key = Key(email);
        using var connection = database.Connect();
        var row = connection.Query("SELECT password_hash, failed_attempts, locked_until FROM team_credential WHERE email = $1", key);
        if (row.RowCount == 0)
        {
            // Hashing anyway keeps the answer's timing from telling which e-mails have a password.
            Hasher.VerifyHashedPassword(key, NobodysHash.Value, password);
            return PasswordCheck.Rejected;
        }
        if (row.Columns[2].GetValue(0) is DateTimeOffset lockedUntil && lockedUntil > now)
        {
            return PasswordCheck.LockedOut;
        }
        var verdict = Hasher.VerifyHashedPassword(key, (string)row.Columns[0].GetValue(0)!, password);
        if (verdict == PasswordVerificationResult.Failed)
        {
            var failures = Convert.ToInt32(row.Columns[1].GetValue(0)) + 1;
            var locks = failures >= MaxFailures;
            connection.Execute(
                "UPDATE team_credential SET failed_attempts = $2, locked_until = $3 WHERE email = $1",
                key, locks ? 0 : failures, locks ? now + LockoutFor : null);
            return locks ? PasswordCheck.LockedOut : PasswordCheck.Rejected;
        }
        connection.Execute("UPDATE team_credential SET failed_attempts = 0, locked_until = NULL WHERE email = $1", key);
        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            connection.Execute("UPDATE team_credential SET password_hash = $2 WHERE email = $1", key, Hasher.HashPassword(key, password));
        }
        return PasswordCheck.Accepted;
    }

    private static string Key(string email) => email.Trim().ToLowerInvariant();
}

public enum PasswordCheck
{
    Accepted,
    Rejected,
    LockedOut,
}
