namespace Reporting.Core.Ingest;

/// <summary>The kinds of facts a load can bring (one canonical layout each, see DATA.md).</summary>
public enum FactKind
{
    Accounts,
    Contacts,
    Tickets,
    Surveys,
    Engagement,
    Meetings,
    Cases,
    Requests,
    Sends,
    Revenue,

    /// <summary>The team members who sign in (not a fact: the file is the whole team).</summary>
    Team,
}

public static class FactKinds
{
    /// <summary>The names used on the command line and in URLs.</summary>
    public static string Name(this FactKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>One kind by its name; Enum.TryParse alone would also take numbers and "a,b" combinations.</summary>
    public static bool TryParse(string? name, out FactKind kind)
    {
        kind = Enum.GetValues<FactKind>().FirstOrDefault(k => string.Equals(k.Name(), name, StringComparison.OrdinalIgnoreCase));
        return Enum.GetValues<FactKind>().Any(k => string.Equals(k.Name(), name, StringComparison.OrdinalIgnoreCase));
    }

    public static string AllNames => string.Join("|", Enum.GetValues<FactKind>().Select(Name));
}
