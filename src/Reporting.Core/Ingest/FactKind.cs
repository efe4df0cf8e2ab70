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
}

public static class FactKinds
{
    /// <summary>The names used on the command line and in URLs.</summary>
    public static string Name(this FactKind kind) => kind.ToString().ToLowerInvariant();

    public static bool TryParse(string? name, out FactKind kind) =>
        Enum.TryParse(name, ignoreCase: true, out kind) && Enum.IsDefined(kind) && !int.TryParse(name, out _);

    public static string AllNames => string.Join("|", Enum.GetValues<FactKind>().Select(Name));
}
