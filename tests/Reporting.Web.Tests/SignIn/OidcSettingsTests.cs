using Microsoft.Extensions.Options;

namespace Reporting.Web.Tests.SignIn;

/// <summary>Wrong OIDC settings stop the server at start-up, naming the setting.</summary>
public sealed class OidcSettingsTests
{
    [Theory]
    [InlineData("not a url", "Reporting:Auth:Oidc:Authority must be an absolute https URL such as https://login.example.com/realms/cs; it is 'not a url'.")]
    [InlineData("ftp://login.example.com", "Reporting:Auth:Oidc:Authority must be an absolute https URL such as https://login.example.com/realms/cs; it is 'ftp://login.example.com'.")]
    [InlineData("http://login.example.com/realms/cs", "Reporting:Auth:Oidc:Authority must use https (plain http is accepted only for a provider on the loopback); it is 'http://login.example.com/realms/cs'.")]
    [InlineData("https://login.example.com/?tenant=x", "Reporting:Auth:Oidc:Authority must not carry a query or fragment; it is 'https://login.example.com/?tenant=x'.")]
    public void A_bad_authority_is_a_start_up_error_naming_the_setting(string authority, string message)
    {
        var error = StartFails(new() { ["Reporting:Auth:Oidc:Authority"] = authority, ["Reporting:Auth:Oidc:ClientId"] = "app" });

        Assert.Equal([message], error.Failures);
    }

    [Fact]
    public void An_authority_without_a_client_id_is_a_start_up_error()
    {
        var error = StartFails(new() { ["Reporting:Auth:Oidc:Authority"] = "https://login.example.com" });

        Assert.Equal(["Reporting:Auth:Oidc:ClientId is required when Reporting:Auth:Oidc:Authority is set."], error.Failures);
    }

    [Fact]
    public void A_role_group_for_no_role_is_a_start_up_error()
    {
        var error = StartFails(new()
        {
            ["Reporting:Auth:Oidc:Authority"] = "https://login.example.com",
            ["Reporting:Auth:Oidc:ClientId"] = "app",
            ["Reporting:Auth:Oidc:RoleGroups:leader:0"] = "cs-leads",
            ["Reporting:Auth:Oidc:RoleGroups:boss:0"] = "cs-bosses",
        });

        Assert.Equal(["Reporting:Auth:Oidc:RoleGroups:boss is not a role: use admin, leader, csm or viewer."], error.Failures);
    }

    private static OptionsValidationException StartFails(Dictionary<string, string?> settings)
    {
        settings["Tests:Seed"] = "false";
        using var server = new ReportingWebFactory(settings);
        return Assert.Throws<OptionsValidationException>(() => server.CreateClient());
    }
}
