using Microsoft.AspNetCore.Mvc.RazorPages;
using Reporting.Core.Access;

namespace Reporting.Web.Pages.Admin;

/// <summary>The audit log for admins (the /Admin folder's policy), newest first; Razor encodes every value.</summary>
public sealed class AuditModel(AuditLog log) : PageModel
{
    public const int Shown = 500;

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];

    public void OnGet() => Entries = log.Recent(Shown);
}
