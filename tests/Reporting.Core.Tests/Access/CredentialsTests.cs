using Reporting.DuckDb;
using Reporting.Core.Access;
using Reporting.Core.Storage;

namespace Reporting.Core.Tests.Access;

public sealed class CredentialsTests : IDisposable
{
    private static readonly DateTimeOffset Noon = new(2026, 12, 6, 12, 0, 0, TimeSpan.Zero);
    private readonly ReportingDatabase database = ReportingDatabase.OpenInMemory();

    [Fact]
    public void A_password_is_stored_hashed_and_checked_without_case_in_the_email()
    {
        var credentials = new Credentials(database);
        credentials.SetPassword("Ana@X.io", "correct horse battery", Noon);

        Assert.Equal(PasswordCheck.Accepted, credentials.Verify(" ana@x.io", "correct horse battery", Noon));
        Assert.Equal(PasswordCheck.Rejected, credentials.Verify("ana@x.io", "Correct horse battery", Noon));
        Assert.Equal(PasswordCheck.Rejected, credentials.Verify("bo@x.io", "correct horse battery", Noon));
        using var connection = database.Connect();
        Assert.DoesNotContain("horse", (string)connection.Query("SELECT password_hash FROM team_credential").Scalar()!, StringComparison.Ordinal);
    }

    [Fact]
    public void Five_wrong_passwords_lock_for_fifteen_minutes_even_against_the_right_one()
    {
        var credentials = new Credentials(database);
        credentials.SetPassword("ana@x.io", "correct horse battery", Noon);

        var checks = Enumerable.Range(0, 5).Select(i => credentials.Verify("ana@x.io", "guess " + i, Noon.AddSeconds(i))).ToList();

        Assert.Equal([PasswordCheck.Rejected, PasswordCheck.Rejected, PasswordCheck.Rejected, PasswordCheck.Rejected, PasswordCheck.LockedOut], checks);
        Assert.Equal(PasswordCheck.LockedOut, credentials.Verify("ana@x.io", "correct horse battery", Noon.AddMinutes(14)));
        Assert.Equal(PasswordCheck.Accepted, credentials.Verify("ana@x.io", "correct horse battery", Noon.AddMinutes(15).AddSeconds(5)));
    }

    [Fact]
    public void A_right_password_resets_the_count_of_failures()
    {
        var credentials = new Credentials(database);
        credentials.SetPassword("ana@x.io", "correct horse battery", Noon);
        for (var i = 0; i < 4; i++)
        {
            credentials.Verify("ana@x.io", "guess", Noon);
        }

        Assert.Equal(PasswordCheck.Accepted, credentials.Verify("ana@x.io", "correct horse battery", Noon));
        Assert.Equal(PasswordCheck.Rejected, credentials.Verify("ana@x.io", "guess", Noon));
    }

    [Fact]
    public void A_short_password_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new Credentials(database).SetPassword("ana@x.io", "short", Noon));

        Assert.StartsWith("A password needs at least 12 characters.", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => database.Dispose();
}
