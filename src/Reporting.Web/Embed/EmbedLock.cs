namespace Reporting.Web.Embed;

/// <summary>What a locked filter may hold: a value that filters, never one a view reads as "everything".</summary>
public static class EmbedLock
{
    /// <summary>Not empty and not only white space (which a view's filter parsing drops).</summary>
    public static bool IsValue(string? value) => !string.IsNullOrWhiteSpace(value);

    /// <summary>The first locked filter without a usable value, or null.</summary>
    public static string? Blank(IReadOnlyDictionary<string, IReadOnlyList<string>> locked) =>
        locked.FirstOrDefault(l => l.Value.Count == 0 || !l.Value.All(IsValue)).Key;
}
