namespace Reporting.Core.Storage;

/// <summary>
/// What the work running now may read, as <see cref="ReportingDatabase.Connect"/> restricts every
/// connection it hands out: every account or those of some CSMs and some named accounts, with or
/// without what customers wrote. <c>Access.AccessScope</c> (who may see what) is the one
/// implementation; Storage holds only the ambient value (<see cref="AmbientReadScope"/>), so the
/// restriction sits below everything that reads without the database knowing the access rules.
/// </summary>
public interface IReadScope
{
    bool IsUnrestricted { get; }

    bool ReadsVerbatims { get; }

    /// <summary>Whether a connection needs no restriction at all: every account, verbatims included.</summary>
    bool ReadsEverything { get; }

    /// <summary>The team members whose accounts may be read, as trimmed lower-case names and e-mails.</summary>
    IReadOnlyList<string> Csms { get; }

    /// <summary>Accounts that may be read whoever their CSM is.</summary>
    IReadOnlyList<string> Accounts { get; }
}
