namespace Reporting.Web.Ingest;

/// <summary>
/// Named API keys with scopes (section "Reporting:Auth", list ApiKeys), beside the bare keys of
/// Reporting:ApiKeys. Set them from the environment: Reporting__Auth__ApiKeys__0__Name=crm,
/// Reporting__Auth__ApiKeys__0__Key=…, Reporting__Auth__ApiKeys__0__Scopes__0=read.
/// </summary>
public sealed class ApiKeyOptions
{
    public const string Section = "Reporting:Auth";

    public List<ApiKeySetting> ApiKeys { get; set; } = [];
}

/// <summary>One named key: its name is what the audit log shows (never the key).</summary>
public sealed class ApiKeySetting
{
    public string Name { get; set; } = "";

    public string Key { get; set; } = "";

    public string[] Scopes { get; set; } = [];
}
