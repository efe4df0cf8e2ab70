namespace Reporting.Core.Storage;

/// <summary>
/// The read scope of the work running now; it flows with the work (async calls included) and null
/// reads everything. Only <c>Access.AccessScope.Enter</c> sets it (the setter is internal to Core).
/// </summary>
public static class AmbientReadScope
{
    private static readonly AsyncLocal<IReadScope?> Ambient = new();

    public static IReadScope? Current
    {
        get => Ambient.Value;
        internal set => Ambient.Value = value;
    }
}
