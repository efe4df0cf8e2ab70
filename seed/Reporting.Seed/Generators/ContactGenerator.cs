using System.Text;
using Bogus;
using Reporting.Seed.Model;
using Reporting.Seed.Randomness;

namespace Reporting.Seed.Generators;

/// <summary>Generates dim_contact: an executive and a champion at every account, then admins and users.</summary>
internal sealed class ContactGenerator(RandomStreams streams, Faker faker)
{
    public IReadOnlyList<ContactRow> Generate(AccountProfile account)
    {
        var random = streams.For("contacts", account.Number);
        faker.Random = random;
        var traits = account.Traits;
        var count = random.Int(traits.MinContacts, traits.MaxContacts);
        var domain = Domain(account.Name);
        var emails = new HashSet<string>(StringComparer.Ordinal);
        var contacts = new List<ContactRow>(count);
        for (var n = 1; n <= count; n++)
        {
            var first = faker.Name.FirstName();
            var last = faker.Name.LastName();
            contacts.Add(new ContactRow(
                SeedIds.Contact(account.Number, n), account.Id, $"{first} {last}",
                UniqueEmail(first, last, domain, emails), RoleOf(n, account.Segment)));
        }
        return contacts;
    }

    /// <summary>The first contact is the executive sponsor, the second the champion; enterprises have a second executive.</summary>
    private static ContactRole RoleOf(int n, Segment segment) => n switch
    {
        1 => ContactRole.Executive,
        2 => ContactRole.Champion,
        3 when segment == Segment.Enterprise => ContactRole.Executive,
        3 or 4 => ContactRole.Admin,
        _ => ContactRole.User,
    };

    private static string UniqueEmail(string first, string last, string domain, HashSet<string> taken)
    {
        var local = $"{Letters(first)}.{Letters(last)}";
        var email = $"{local}@{domain}";
        for (var suffix = 2; !taken.Add(email); suffix++)
        {
            email = $"{local}{suffix}@{domain}";
        }
        return email;
    }

    // The reserved .example top-level domain: demo addresses can never reach a real mailbox.
    private static string Domain(string accountName) => $"{Letters(accountName)}.example";

    private static string Letters(string text)
    {
        var letters = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                letters.Append(char.ToLowerInvariant(c));
            }
        }
        return letters.Length > 0 ? letters.ToString() : "x";
    }
}
