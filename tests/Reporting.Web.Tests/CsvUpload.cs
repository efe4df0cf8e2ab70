using System.Text;

namespace Reporting.Web.Tests;

/// <summary>Loads a CSV through POST /api/ingest/{kind} with an API key, as a host's export job would.</summary>
public static class CsvUpload
{
    public static async Task<HttpResponseMessage> PostCsvAsync(this HttpClient client, string apiKey, string kind, string csv)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/ingest/{kind}?filename={kind}.csv")
        {
            Content = new StringContent(csv, Encoding.UTF8, "text/csv"),
        };
        request.Headers.Add("X-Api-Key", apiKey);
        return await client.SendAsync(request);
    }
}
