using Reporting.DuckDb;
using System.Net;
using Reporting.Tests.Pdf;

namespace Reporting.Web.Tests.Ebr;

/// <summary>The scenario fixture loaded once and HND's pack printed once for the tests that read it.</summary>
public sealed class ScenarioPack : IDisposable
{
    public const string Dates = "from=2026-01-01&to=2026-03-31";

    public ScenarioPack()
    {
        Client = Factory.CreateClient();
        using (var connection = Factory.Database.Connect())
        {
            connection.Execute(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Signals", "scenarios.sql")));
        }
        var response = Client.GetAsync($"/accounts/HND/ebr.pdf?{Dates}").GetAwaiter().GetResult();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Pdf = Path.Combine(Factory.Directory, "hnd.pdf");
        File.WriteAllBytes(Pdf, response.Content.ReadAsByteArrayAsync().GetAwaiter().GetResult());
        Poppler.SavePages(Pdf, "scenario-HND");
    }

    public ReportingWebFactory Factory { get; } = new(
        new() { ["Tests:Seed"] = "false" },
        new FixedClock(new DateTimeOffset(2026, 4, 1, 6, 0, 0, TimeSpan.Zero)));

    public HttpClient Client { get; }

    public string Pdf { get; }

    public void Dispose()
    {
        Client.Dispose();
        Factory.Dispose();
    }
}
