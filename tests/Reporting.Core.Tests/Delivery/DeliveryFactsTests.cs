using Reporting.Core.Access;
using Reporting.Core.Delivery;
using Reporting.Core.Storage;
using Reporting.Core.Tests.Engines;
using Reporting.DuckDb;

namespace Reporting.Core.Tests.Delivery;

/// <summary>
/// What delivery reads, on each engine: A1 (Ana's) renews 2026-03-10, A2 (Ben's) 2026-04-01, A3
/// (Ana's) has no renewal date. A1 has QBRs on 2026-03-02 and 2026-05-01 and A2 an EBR on 2026-03-05;
/// A1's executives are " Exec@A1.com " and one without an e-mail, its admin admin@a1.com.
/// </summary>
public abstract class DeliveryFactsTests : IDisposable
{
    private readonly ReportingDatabase database;
    private readonly DeliveryFacts facts;

    protected DeliveryFactsTests(TestEngine engine)
    {
        database = TestEngines.Open(engine);
        facts = new DeliveryFacts(database);
        using var connection = database.Connect();
        connection.Execute("""
            INSERT INTO dim_account (account_id, name, segment, csm, renewal_on) VALUES
                ('A1', 'Acme', 'SMB', 'Ana', DATE '2026-03-10'), ('A2', 'Beta', 'SMB', 'Ben', DATE '2026-04-01'), ('A3', 'Crane', 'SMB', 'Ana', NULL);
            INSERT INTO fact_meeting (meeting_id, account_id, kind, scheduled_at) VALUES
                ('M1', 'A1', 'QBR', TIMESTAMP '2026-03-02 10:00:00'), ('M2', 'A2', 'EBR', TIMESTAMP '2026-03-05 09:30:00'),
                ('M3', 'A1', 'QBR', TIMESTAMP '2026-05-01 10:00:00');
            INSERT INTO dim_contact (contact_id, account_id, name, email, role) VALUES
                ('C1', 'A1', 'Eve', ' Exec@A1.com ', 'executive'), ('C2', 'A1', 'Ed', NULL, 'executive'),
                ('C3', 'A1', 'Al', 'admin@a1.com', 'admin'), ('C4', 'A2', 'Bo', 'bo@a2.com', 'executive');
            """);
        TestEngines.Publish(database);
    }

    [Fact]
    public void Renewals_and_meetings_within_dates_of_every_account_or_one()
    {
        Assert.Equal([("A1", new DateOnly(2026, 3, 10)), ("A2", new DateOnly(2026, 4, 1))], facts.Renewals(new(2026, 3, 1), new(2026, 4, 1), null));
        Assert.Equal([("A2", new DateOnly(2026, 4, 1))], facts.Renewals(new(2026, 3, 1), new(2026, 4, 30), "A2"));
        Assert.Equal([("A1", new DateTime(2026, 3, 2, 10, 0, 0))], facts.Meetings("QBR", new(2026, 3, 1), new(2026, 3, 31), null));
        Assert.Empty(facts.Meetings("QBR", new(2026, 3, 1), new(2026, 3, 31), "A2"));
    }

    [Fact]
    public void Contact_emails_are_trimmed_lower_case_and_skip_contacts_without_one()
    {
        Assert.Equal(["exec@a1.com"], facts.ContactEmails("A1", "executive"));
        Assert.Equal(["admin@a1.com"], facts.ContactEmails("A1", "admin"));
        Assert.Empty(facts.ContactEmails("A3", "executive"));
    }

    [Fact]
    public void Accounts_of_the_scope_among_some_or_renewing_within_dates()
    {
        Assert.Equal(["A1", "A2", "A3"], facts.Accounts());
        Assert.Equal(["A1", "A3"], facts.Accounts(["A3", "A1", "NOPE"]));
        Assert.Empty(facts.Accounts([]));
        Assert.Equal(["A2"], facts.Accounts(renewingFrom: new DateOnly(2026, 3, 11), renewingTo: new DateOnly(2026, 12, 31)));
        using (AccessScope.Enter(AccessScope.ForBook(["ana"])))
        {
            Assert.Equal(["A1", "A3"], facts.Accounts());
        }
        Assert.True(facts.Sees(AccessScope.ForBook(["ben"]), "A2"));
        Assert.False(facts.Sees(AccessScope.ForBook(["ben"]), "A1"));
    }

    public void Dispose() => database.Dispose();
}

public sealed class DeliveryFactsTestsOnDuckDb() : DeliveryFactsTests(TestEngine.DuckDb);

public sealed class DeliveryFactsTestsOnClickHouse() : DeliveryFactsTests(TestEngine.ClickHouse);
