using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Reporting.Web.Tests.Ebr;

/// <summary>Without Chromium where Reporting:Pdf:ChromiumPath points, a pack is a 503 problem saying how to install it; the rest of the site works.</summary>
public sealed class ChromiumMissingTests : IDisposable
{
    private readonly ReportingWebFactory factory = new(new() { ["Reporting:Pdf:ChromiumPath"] = "/nonexistent/chromium" });

    [Fact]
    public async Task A_pack_is_a_503_problem_naming_the_install_command()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/accounts/ACC-0001/ebr.pdf");
        var html = await client.GetAsync("/accounts/ACC-0001/ebr");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("/nonexistent/chromium", problem.GetProperty("detail").GetString());
        Assert.Contains("apt-get install -y chromium", problem.GetProperty("detail").GetString());
        Assert.Equal("apt-get install -y chromium", problem.GetProperty("install").GetString());
        Assert.Equal(HttpStatusCode.OK, html.StatusCode);   // the page Chromium would print needs no Chromium
    }

    public void Dispose() => factory.Dispose();
}
