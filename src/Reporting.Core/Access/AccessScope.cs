using System.Security.Cryptography;
using System.Text;
using Reporting.Core.Storage;

namespace Reporting.Core.Access;

/// <summary>
/// Which accounts a caller may read: every account, or the accounts whose <c>csm</c> is one of a book
/// of team members (by name or e-mail, compared without case) and any accounts named outright.
/// It travels with the work as the ambient <see cref="Current"/> scope, so that every connection
/// opened for that work (<see cref="Storage.ReportingDatabase.Connect"/>) and every cube statement
/// is restricted by it: no path can forget it. Work that sets no scope (the command line, start-up,
/// background jobs) reads everything; the server sets one on every request.
/// </summary>
public sealed class AccessScope : IReadScope
{
    /// <summary>Every account: admins, leaders, viewers, the command line and background jobs.</summary>
    public static readonly AccessScope All = new(true, [], []);

    /// <summary>No account at all: a caller who is not signed in, or signed in as no team member.</summary>
    public static readonly AccessScope Nothing = new(false, [], []);

    private AccessScope(bool unrestricted, IReadOnlyList<string> csms, IReadOnlyList<string> accounts, bool readsVerbatims = true)
    {
        IsUnrestricted = unrestricted;
        Csms = csms;
        Accounts = accounts;
        ReadsVerbatims = readsVerbatims;
        Key = (unrestricted ? "all" : KeyOf(csms, accounts)) + (readsVerbatims ? "" : "|no-verbatims");
    }

    /// <summary>The scope of the work running now: <see cref="All"/> unless a caller entered one.</summary>
    public static AccessScope Current => AmbientReadScope.Current as AccessScope ?? All;

    public bool IsUnrestricted { get; }

    /// <summary>
    /// Whether the caller may read what customers wrote (survey comments). A viewer may not: their
    /// connections read every comment as NULL, so no path (cube, panels, signals' evidence, EBR) shows one.
    /// </summary>
    public bool ReadsVerbatims { get; }

    /// <summary>Whether a connection needs no restriction at all: every account, verbatims included.</summary>
    public bool ReadsEverything => IsUnrestricted && ReadsVerbatims;

    /// <summary>The book's team members, as names and e-mails, trimmed and lower-case, sorted.</summary>
    public IReadOnlyList<string> Csms { get; }

    /// <summary>Accounts visible whoever their CSM is, sorted.</summary>
    public IReadOnlyList<string> Accounts { get; }

    /// <summary>Equal for equal scopes and different otherwise: caches key their answers on it.</summary>
    public string Key { get; }

    /// <summary>The accounts whose CSM is one of these names or e-mails.</summary>
    public static AccessScope ForBook(IEnumerable<string> csmNamesAndEmails) => Restricted(csmNamesAndEmails, []);

    /// <summary>Exactly these accounts (an embed, a delivery to an account's own contacts).</summary>
    public static AccessScope ForAccounts(IEnumerable<string> accountIds) => Restricted([], accountIds);

    public static AccessScope Restricted(IEnumerable<string> csmNamesAndEmails, IEnumerable<string> accountIds) => new(false,
        Normalised(csmNamesAndEmails.Select(c => c.Trim().ToLowerInvariant())),
        Normalised(accountIds));

    /// <summary>The same accounts, without customers' comments.</summary>
    public AccessScope WithoutVerbatims() => ReadsVerbatims ? new AccessScope(IsUnrestricted, Csms, Accounts, readsVerbatims: false) : this;

    /// <summary>Runs what follows (until disposed) in <paramref name="scope"/>, then restores the scope before.</summary>
    public static IDisposable Enter(AccessScope scope)
    {
        var before = AmbientReadScope.Current;
        AmbientReadScope.Current = scope;
        return new Restore(before);
    }

    public override string ToString() =>
        (IsUnrestricted ? "every account" : $"{Csms.Count} CSM(s), {Accounts.Count} account(s)") + (ReadsVerbatims ? "" : ", no verbatims");

    private static string[] Normalised(IEnumerable<string> values) =>
        values.Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();

    private static string KeyOf(IReadOnlyList<string> csms, IReadOnlyList<string> accounts)
    {
        var text = string.Join('\u001f', csms) + '\u001e' + string.Join('\u001f', accounts);
        return "scope:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    private sealed class Restore(IReadScope? before) : IDisposable
    {
        public void Dispose() => AmbientReadScope.Current = before;
    }
}
