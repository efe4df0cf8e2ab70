using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;

namespace Reporting.ClickHouse.Chdb;

/// <summary>
/// ClickHouse's HTTP interface answered in process by chDB, so ClickHouse.Driver runs embedded
/// ClickHouse exactly as it runs a server: no socket, the same statements, formats and errors.
/// </summary>
public sealed partial class ChdbHttpHandler(ChdbEngine engine) : HttpMessageHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? Stream.Null : await request.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        if (request.Content?.Headers.ContentEncoding.Contains("gzip") == true)
        {
            body = new GZipStream(body, CompressionMode.Decompress);
        }
        // chDB's query call cannot be interrupted: a cancelled caller stops waiting (its timeout holds)
        // while the statement runs to its end on its session, which then goes back to the pool.
        var answer = await Task.Run(() => Answer(engine, request.RequestUri?.Query ?? "", body), cancellationToken)
            .WaitAsync(cancellationToken).ConfigureAwait(false);
        return answer.ToResponse(request);
    }

    /// <summary>One request's answer: the statement's output, or its error as the server states it.</summary>
    public static ChdbHttpAnswer Answer(ChdbEngine engine, string queryString, Stream body)
    {
        ChdbRequest request;
        try
        {
            request = ChdbRequest.Parse(queryString.TrimStart('?'), () => new StreamReader(body, Encoding.UTF8).ReadToEnd());
        }
        catch (ChdbRequestException refused)
        {
            return new ChdbHttpAnswer(HttpStatusCode.BadRequest, Encoding.UTF8.GetBytes(refused.Message), null, "", new ChdbAnswer([], refused.Message, 0, 0));
        }
        var answer = request.InsertFormat is { } format
            ? engine.Insert(request.Sql, format, body, request.Context)
            : engine.Query(request.Sql, request.Format, request.Parameters, request.Context);
        return answer.Error is { } error
            ? new ChdbHttpAnswer(HttpStatusCode.InternalServerError, Encoding.UTF8.GetBytes(error), ErrorCode(error), request.Format, answer)
            : new ChdbHttpAnswer(HttpStatusCode.OK, answer.Output, null, request.Format, answer);
    }

    private static string? ErrorCode(string error) => Code().Match(error) is { Success: true } m ? m.Groups[1].Value : null;

    [GeneratedRegex(@"^Code: (\d+)\.")]
    private static partial Regex Code();
}

/// <summary>An answer of the HTTP interface, with the headers ClickHouse.Driver reads.</summary>
public sealed record ChdbHttpAnswer(HttpStatusCode Status, byte[] Body, string? ErrorCode, string Format, ChdbAnswer Statement)
{
    public IEnumerable<KeyValuePair<string, string>> Headers()
    {
        yield return new("X-ClickHouse-Format", Format);
        yield return new("X-ClickHouse-Timezone", "UTC");
        yield return new("X-ClickHouse-Summary",
            $"{{\"read_rows\":\"{Statement.RowsRead}\",\"read_bytes\":\"0\",\"written_rows\":\"{Statement.RowsWritten}\",\"written_bytes\":\"0\",\"total_rows_to_read\":\"0\",\"result_rows\":\"0\",\"result_bytes\":\"0\",\"elapsed_ns\":\"0\"}}");
        if (ErrorCode is { } code)
        {
            yield return new("X-ClickHouse-Exception-Code", code);
        }
    }

    public HttpResponseMessage ToResponse(HttpRequestMessage request)
    {
        var response = new HttpResponseMessage(Status) { RequestMessage = request, Content = new ByteArrayContent(Body) };
        response.Content.Headers.ContentType = new MediaTypeHeaderValue(Status == HttpStatusCode.OK ? "application/octet-stream" : "text/plain") { CharSet = Status == HttpStatusCode.OK ? null : "UTF-8" };
        foreach (var (name, value) in Headers())
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }
        return response;
    }
}
