using System.Security.Cryptography;
using System.Text;

namespace Reporting.Documents.Ebr;

/// <summary>
/// The styles and scripts the pack inlines (embedded in this assembly: Ebr/Assets, and the web's wwwroot for the design
/// tokens and Chart.js shared with the dashboards): tokens, print styles, Chart.js and the chart drawing script. Read once.
/// </summary>
public static class EbrAssets
{
    private static readonly Lazy<string> TokensText = new(() => Read("tokens.css"));
    private static readonly Lazy<string> StylesText = new(() => Read("ebr.css"));
    private static readonly Lazy<string> ChartJsText = new(() => Read("chart.umd.min.js"));
    private static readonly Lazy<string> ScriptText = new(() => Read("ebr.js"));

    public static string Tokens => TokensText.Value;

    public static string Styles => StylesText.Value;

    public static string ChartJs => ChartJsText.Value;

    public static string Script => ScriptText.Value;

    /// <summary>
    /// The pack's own Content-Security-Policy (a meta element, so it holds when Chromium prints the
    /// document too, and the header of the HTML view): only the two scripts above run, by their hashes,
    /// and nothing is fetched: images and fonts only as data: URLs, so no text in the pack can make the
    /// printing browser request a URL.
    /// </summary>
    public static string ContentSecurityPolicy => PolicyText.Value;

    private static readonly Lazy<string> PolicyText = new(() =>
        $"default-src 'none'; script-src {Hash(ChartJs)} {Hash(Script)}; style-src 'unsafe-inline'; img-src data:; font-src data:; "
        + "base-uri 'none'; form-action 'none'");

    private static string Hash(string script) => $"'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script)))}'";

    private static string Read(string name)
    {
        using var stream = typeof(EbrAssets).Assembly.GetManifestResourceStream($"Reporting.Documents.Ebr.{name}")
            ?? throw new InvalidOperationException($"The resource {name} is not embedded in Reporting.Documents (see its .csproj).");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
