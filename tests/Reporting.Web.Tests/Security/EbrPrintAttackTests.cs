using System.Net;
using System.Net.Sockets;
using Reporting.Tests.Pdf;
using Reporting.Documents.Text;

namespace Reporting.Web.Tests.Security;

/// <summary>
/// Finding 3 of the hostile-input review: a form feed in an account's name ended the CSS string of the
/// pack's running header, and the CSS after it made the printing Chromium fetch a URL. The name is now
/// written as CSS escapes, the pack's own policy allows no fetch, and the printer aborts every request:
/// a listener named in the name is never called, and the name prints as text.
/// </summary>
public sealed class EbrPrintAttackTests(HostileSite site) : IClassFixture<HostileSite>
{
    [Fact]
    public async Task A_name_that_ends_the_css_string_fetches_nothing_and_prints_as_text()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var name = $"Evil\f}} body{{background:url(http://127.0.0.1:{port}/css)}} @import url(http://127.0.0.1:{port}/import); <img src=http://127.0.0.1:{port}/img>";
        await site.Load("accounts", $"account_id,name,segment\nEVIL,{HostileSite.Quoted(name)},SMB\n");

        var response = await site.Client.GetAsync("/accounts/EVIL/ebr.pdf?from=2026-01-01&to=2026-03-31");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(listener.Pending(), "the printing browser connected to the URL in the account's name");
        var pdf = Path.Combine(site.Factory.Directory, "evil.pdf");
        await File.WriteAllBytesAsync(pdf, await response.Content.ReadAsByteArrayAsync());
        Assert.Contains($"@import url(http://127.0.0.1:{port}/import)", Poppler.Flat(pdf), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_html_view_of_a_pack_runs_only_its_own_scripts()
    {
        var response = await site.Client.GetAsync("/accounts/H1/ebr?from=2026-01-01&to=2026-03-31");

        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.StartsWith("default-src 'none'; script-src 'sha256-", policy, StringComparison.Ordinal);
        Assert.Contains("img-src data:", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("<meta http-equiv=\"Content-Security-Policy\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Acme Corp · EBR", "\"Acme Corp \\B7  EBR\"")]
    [InlineData("a\fb", "\"a\\C b\"")]
    [InlineData("\"}body{", "\"\\22 }body{\"")]
    [InlineData("</style>", "\"\\3C /style\\3E \"")]
    [InlineData("back\\slash\nline", "\"back\\5C slash\\A line\"")]
    [InlineData("😀", "\"\\1F600 \"")]
    public void Css_strings_escape_all_but_plain_text(string text, string css) => Assert.Equal(css, CssText.String(text));
}
