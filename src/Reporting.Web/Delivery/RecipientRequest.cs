namespace Reporting.Web.Delivery;

/// <summary>One recipient: kind member|contact-role|address and its value (an e-mail or a contact role).</summary>
public sealed record RecipientRequest(string? Kind, string? Value);
