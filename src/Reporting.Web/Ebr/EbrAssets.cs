namespace Reporting.Web.Ebr;

/// <summary>
/// The styles and scripts the pack inlines (embedded in this assembly from wwwroot): the design
/// tokens shared with the dashboards, the print styles, Chart.js and the chart drawing script. Read once.
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

    private static string Read(string name)
    {
        using var stream = typeof(EbrAssets).Assembly.GetManifestResourceStream($"Reporting.Web.Ebr.{name}")
            ?? throw new InvalidOperationException($"The resource {name} is not embedded in Reporting.Web (see its .csproj).");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
