using Reporting.Core.Access;
using Reporting.Core.Storage;

namespace Reporting.Web.SignIn;

/// <summary>
/// At start-up, on a database `reporting seed` filled, gives the team's first admin a password when
/// no admin has one, and prints it once on the console: not through the logger, so that it never reaches a log
/// file or a collector. Set another with `reporting users set-password`.
/// </summary>
public sealed class FirstAdminPasswordPrinter(ReportingDatabase database, TimeProvider clock) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (FirstAdminPassword.CreateIfNoAdminHasOne(database, clock.GetUtcNow()) is { } first)
        {
            Console.WriteLine($"""

                First run: no admin had a password. Sign in at /signin as {first.Email} with the password
                    {first.Password}
                (shown only this once; change it with `reporting users set-password {first.Email}`).

                """);
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
