namespace Reporting.Core.Ebr;

/// <summary>
/// How a pack looks and whose it is: the PDF's author, the logo (a file read once at start-up, as
/// a data: URI the page embeds, so rendering reads no file), and two colours as #rrggbb.
/// </summary>
public sealed record EbrBranding(string Author, string? LogoDataUri, string Primary, string Accent);
