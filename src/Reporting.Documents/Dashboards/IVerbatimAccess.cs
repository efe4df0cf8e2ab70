namespace Reporting.Documents.Dashboards;

/// <summary>
/// Whether the dashboard being built may show what customers wrote. Off a request (deliveries, the
/// command line) nobody is asking but the one who runs it, so the default answers yes; the server
/// registers its own, which asks the request's signed-in caller.
/// </summary>
public interface IVerbatimAccess
{
    bool MayReadVerbatims();
}

/// <summary>Off a request: no caller to hold back.</summary>
internal sealed class OffRequestVerbatimAccess : IVerbatimAccess
{
    public bool MayReadVerbatims() => true;
}
