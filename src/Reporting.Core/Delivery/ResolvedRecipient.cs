using Reporting.Core.Access;

namespace Reporting.Core.Delivery;

/// <summary>One address a delivery goes to and the scope its content is read in.</summary>
public sealed record ResolvedRecipient(string Email, AccessScope Scope);
