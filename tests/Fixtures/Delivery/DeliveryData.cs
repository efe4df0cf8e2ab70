using Reporting.DuckDb;
using Reporting.Core.Delivery;
using Reporting.Core.Storage;

namespace Reporting.Tests.Fixtures.Delivery;

/// <summary>
/// A small hand-made world for delivery tests: three accounts (two of Ana's, one of Bo's), their
/// contacts, a QBR, and a team of an admin and two CSMs.
/// </summary>
public static class DeliveryData
{
    public static readonly DateTimeOffset Created = new(2026, 11, 15, 0, 0, 0, TimeSpan.Zero);

    public static void Write(ReportingDatabase database)
    {
        using var connection = database.Connect();
        connection.Execute("""
            INSERT INTO dim_account (account_id, name, segment, csm, renewal_on) VALUES
                ('A1', 'Acme', 'Enterprise', 'Ana Silva', DATE '2026-12-31'),
                ('A2', 'Brill', 'SMB', 'ana.silva@cs.example.com', DATE '2027-03-01'),
                ('B1', 'Corvid', 'Mid-Market', 'Bo Chen', DATE '2026-12-20');
            INSERT INTO dim_contact VALUES
                ('C1', 'A1', 'Eve Exec', 'eve@acme.example', 'executive'),
                ('C2', 'A1', 'Chad Champ', 'chad@acme.example', 'champion'),
                ('C3', 'A1', 'Ed Exec', 'ed@acme.example', 'executive'),
                ('C4', 'B1', 'Vi Exec', 'vi@corvid.example', 'executive'),
                ('C5', 'A2', 'No Mail', NULL, 'executive');
            INSERT INTO fact_meeting VALUES
                ('M1', 'A1', 'QBR', TIMESTAMP '2026-12-15 09:00:00', NULL, NULL),
                ('M2', 'B1', 'check-in', TIMESTAMP '2026-12-15 09:00:00', NULL, NULL);
            INSERT INTO dim_team_member VALUES
                ('robin.hale@cs.example.com', 'Robin Hale', 'admin', NULL),
                ('ana.silva@cs.example.com', 'Ana Silva', 'csm', NULL),
                ('bo.chen@cs.example.com', 'Bo Chen', 'csm', NULL);
            """);
    }

    public static Subscription AccountPack(string account, params SubscriptionRecipient[] recipients) => new(
        0, $"{account} monthly", new SubscriptionContent(SubscriptionContentKind.AccountPack, account, null, null, new Dictionary<string, string>(), null),
        recipients, Cron("0 7 1 * *"), DeliveryChannel.Email, null, "robin.hale@cs.example.com", Created, false);

    public static Subscription Digest(string dashboard, params SubscriptionRecipient[] recipients) => AccountPack("A1", recipients) with
    {
        Name = $"{dashboard} digest",
        Content = new SubscriptionContent(SubscriptionContentKind.DashboardDigest, null, null, dashboard, new Dictionary<string, string>(), null),
    };

    public static SubscriptionSchedule Cron(string cron, string timeZone = "Europe/Berlin") =>
        new(ScheduleKind.Cron, cron, timeZone, null, null, new TimeOnly(7, 0));

    public static SubscriptionRecipient Member(string email) => new(RecipientKind.Member, email);

    public static SubscriptionRecipient Role(string role) => new(RecipientKind.ContactRole, role);

    public static SubscriptionRecipient Address(string email) => new(RecipientKind.Address, email);
}
