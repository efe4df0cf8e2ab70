using Reporting.DuckDb;
using Reporting.Core.Access;
using Reporting.Core.Storage;

namespace Reporting.Core.Tests.Access;

public sealed class FirstAdminPasswordTests : IDisposable
{
    private static readonly DateTimeOffset Noon = new(2026, 12, 6, 12, 0, 0, TimeSpan.Zero);
    private readonly ReportingDatabase database = ReportingDatabase.OpenInMemory();

    [Fact]
    public void The_first_admin_by_email_gets_a_strong_random_password_once_audited_without_it()
    {
        Team(("zed@x.io", "admin"), ("ada@x.io", "admin"), ("bo@x.io", "csm"));

        var created = FirstAdminPassword.CreateIfNoAdminHasOne(database, Noon);

        var (email, password) = Assert.NotNull(created);
        Assert.Equal("ada@x.io", email);
        Assert.Equal(20, password.Length);
        Assert.All(password, c => Assert.Contains(c, FirstAdminPassword.Alphabet));
        var credentials = new Credentials(database);
        Assert.Equal(PasswordCheck.Accepted, credentials.Verify("ada@x.io", password, Noon));
        Assert.False(credentials.HasPassword("zed@x.io"));
        var entry = Assert.Single(new AuditLog(database).Recent(10));
        Assert.Equal(("first-run", AuditActions.UserChange, "ada@x.io", "ok", "first admin password created"), (entry.Actor, entry.Action, entry.Target, entry.Outcome, entry.Detail));
        // A restart changes nothing: an admin has a password now.
        Assert.Null(FirstAdminPassword.CreateIfNoAdminHasOne(database, Noon.AddMinutes(1)));
        Assert.Equal(PasswordCheck.Accepted, credentials.Verify("ada@x.io", password, Noon.AddMinutes(1)));
    }

    [Fact]
    public void Nothing_is_created_when_any_admin_already_has_a_password()
    {
        Team(("ada@x.io", "admin"), ("zed@x.io", "admin"));
        new Credentials(database).SetPassword("zed@x.io", "zed's own password", Noon);

        Assert.Null(FirstAdminPassword.CreateIfNoAdminHasOne(database, Noon));
        Assert.False(new Credentials(database).HasPassword("ada@x.io"));
    }

    [Fact]
    public void Nothing_is_created_without_an_admin_in_the_team()
    {
        Assert.Null(FirstAdminPassword.CreateIfNoAdminHasOne(database, Noon));
        Team(("lea@x.io", "leader"));
        Assert.Null(FirstAdminPassword.CreateIfNoAdminHasOne(database, Noon));
        Assert.Empty(new AuditLog(database).Recent(10));
    }

    [Fact]
    public void Two_first_runs_get_different_passwords()
    {
        using var other = ReportingDatabase.OpenInMemory();
        Team(("ada@x.io", "admin"));
        Team(other, ("ada@x.io", "admin"));

        Assert.NotEqual(FirstAdminPassword.CreateIfNoAdminHasOne(database, Noon)!.Value.Password, FirstAdminPassword.CreateIfNoAdminHasOne(other, Noon)!.Value.Password);
    }

    private void Team(params (string Email, string Role)[] members) => Team(database, members);

    private static void Team(ReportingDatabase target, params (string Email, string Role)[] members)
    {
        using var connection = target.Connect();
        foreach (var (email, role) in members)
        {
            connection.Execute("INSERT INTO dim_team_member VALUES ($1, $2, $3, NULL)", email, email.Split('@')[0], role);
        }
    }

    public void Dispose() => database.Dispose();
}
