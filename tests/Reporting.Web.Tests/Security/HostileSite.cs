using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Reporting.Web.Tests.Security;

/// <summary>
/// A server whose data came in through the ingest API carrying what an attacker would put in a CRM
/// export: a CSM named "&lt;/script&gt;&lt;script&gt;alert(7)&lt;/script&gt;", an account name with quotes, markup,
/// a form feed and CSS, and survey comments with markup. Today is 2026-04-15; the facts are in January
/// to March 2026. Tests only read.
/// </summary>
public sealed class HostileSite : IAsyncLifetime
{
    public const string ApiKey = "hostile-site-key";
    public const string Csm = "</script><script>alert(7)</script>";
    public const string AccountName = "Acme \"Q\" </style></script><img src=x onerror=alert(1)>\f}body{background:url(http://127.0.0.1:9/)}";
    public const string ImageComment = "<img src=x onerror=alert(8)>";
    public const string ScriptComment = "</script><script>alert(9)</script> =HYPERLINK(\"http://evil\")";

    private static readonly HtmlParser Parser = new();

    public HostileSite()
    {
        Factory = new ReportingWebFactory(new()
        {
            ["Tests:Seed"] = "false",
            ["Reporting:ApiKeys:0"] = ApiKey,
        }, new FixedClock(new DateTimeOffset(2026, 4, 15, 12, 0, 0, TimeSpan.Zero)));
        Client = Factory.CreateClient();
    }

    public async Task InitializeAsync()
    {
        await Load("accounts", $"""
            account_id,name,segment,region,tier,arr,seats,csm,onboarded_on,renewal_on
            H1,{Quoted(AccountName)},SMB,EMEA,Standard,12000,20,{Quoted(Csm)},2025-01-01,2026-12-31
            H2,Plain Co,Enterprise,AMER,Premium,90000,200,Dana Reyes,2025-01-01,2026-09-30
            """);
        await Load("tickets", """
            ticket_id,account_id,priority,created_at,first_response_at,solved_at,status
            HT1,H1,P1,2026-01-05T09:00:00Z,2026-01-05T10:00:00Z,2026-01-06T09:00:00Z,solved
            HT2,H2,P2,2026-02-05T09:00:00Z,2026-02-05T09:30:00Z,2026-02-07T09:00:00Z,solved
            """);
        await Load("surveys", $"""
            response_id,account_id,survey_type,score,comment,responded_at
            HR1,H1,nps,2,{Quoted(ImageComment)},2026-02-10T12:00:00Z
            HR2,H1,nps,9,{Quoted(ScriptComment)},2026-03-10T12:00:00Z
            HR3,H2,nps,6,fine,2026-03-11T12:00:00Z
            """);
    }

    public ReportingWebFactory Factory { get; }

    public HttpClient Client { get; }

    /// <summary>A CSV field as a CRM would quote it.</summary>
    public static string Quoted(string value) => "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    public async Task Load(string kind, string csv)
    {
        var response = await Client.PostCsvAsync(ApiKey, kind, csv);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"loading {kind} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    public async Task<(IDocument Page, HttpResponseMessage Response)> Page(string url)
    {
        var response = await Client.GetAsync(url);
        return (Parser.ParseDocument(await response.Content.ReadAsStringAsync()), response);
    }

    public Task DisposeAsync()
    {
        Client.Dispose();
        Factory.Dispose();
        return Task.CompletedTask;
    }
}
