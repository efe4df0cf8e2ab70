using Reporting.Core.Sql;

namespace Reporting.Core.Themes;

/// <summary>A theme as SQL over a <c>comment</c> column: the stems are our configuration, written in as quoted constants.</summary>
public static class ThemeSql
{
    /// <summary>True where the lower-cased comment contains one of the theme's stems.</summary>
    public static string Mentions(Theme theme) =>
        "(" + string.Join(" OR ", theme.Stems.Select(s => $"contains(lower(comment), {SqlIdentifier.Literal(s.ToLowerInvariant())})")) + ")";
}
