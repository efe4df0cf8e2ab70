using Reporting.Documents.Dashboards;
using Reporting.Web.SignIn;

namespace Reporting.Web.Dashboards;

/// <summary>On a request, the signed-in caller's right to read verbatims (viewers may not); off a request (the scheduler's deliveries) yes.</summary>
public sealed class CallerVerbatimAccess(IHttpContextAccessor caller) : IVerbatimAccess
{
    public bool MayReadVerbatims() => caller.HttpContext?.User.MayReadVerbatims() != false;
}
