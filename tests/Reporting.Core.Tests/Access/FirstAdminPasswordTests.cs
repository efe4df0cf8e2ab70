using Reporting.Core.Access;
using Reporting.Core.Storage;

namespace Reporting.Core.Tests.Access;

public sealed class FirstAdminPasswordTests : IDisposable
{
    private static readonly DateTimeOffset Noon = new(2026, 12, 6, 12, 0, 0, TimeSpan.Zero);
    private readonly ReportingDatabase database = ReportingDatabase.OpenInMemory();

    [Fact]
    public void The_first_admin_gets_a_password_once_and_never_again()
    {
        Team(("zoe@x.io", "admin"), ("ana@x.io", "admin"), ("al@x.io", "csm"));
        var credentials = new Credentials(database);

        var first = FirstAdminPassword.Ensure(new TeamDirectory(database), credentials, Noon);
        var second = FirstAdminPassword.Ensure(new TeamDirectory(database), credentials, Noon);

        Assert.NotNull(first);
        Assert.Equal("ana@x.io", first.Value.Admin.Email);
        Assert.Equal(20, first.Value.Password.Length);
        Assert.Equal(PasswordCheck.Accepted, credentials.Verify("ana@x.io", first.Value.Password, Noon));
        Assert.False(credentials.HasPassword("zoe@x.io"));
        Assert.Null(second);
    }

    [Fact]
    public void Nothing_happens_when_an_admin_has_a_password_or_there_is_no_admin()
    {
        Team(("al@x.io", "csm"));
        var credentials = new Credentials(database);
        var withoutAdmin = FirstAdminPassword.Ensure(new TeamDirectory(database), credentials, Noon);
        Team(("zoe@x.io", "admin"), ("ana@x.io", "admin"));
        credentials.SetPassword("zoe@x.io", "a password set by hand", Noon);

        Assert.Null(withoutAdmin);
        Assert.Null(FirstAdminPassword.Ensure(new TeamDirectory(database), credentials, Noon));
        Assert.False(credentials.HasPassword("ana@x.io"));
    }

    private void Team(params (string Email, string Role)[] members)
    {
        using var connection = database.Connect();
        foreach (var (email, role) in members)
        {
            connection.Execute("INSERT INTO dim_team_member (email, name, role) VALUES ($1, $1, $2)", email, role);
        }
    }

    public void Dispose() => database.Dispose();
}
