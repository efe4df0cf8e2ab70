namespace Reporting.Core.Delivery;

/// <summary>Who receives: a team member (by e-mail), an account's contacts of one role, or a bare address.</summary>
public enum RecipientKind
{
    Member,
    ContactRole,
    Address,
}
