using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Reporting.Web.Requests;
using Reporting.Web.Tests.Cube;

namespace Reporting.Web.Tests.Requests;

/// <summary>
/// Finding 11 of issue 16 for every endpoint: a query-string value that cannot bind (months=abc)
/// answered the title BadHttpRequestException with a stack trace; a client that left was logged as
/// an unhandled error.
/// </summary>
public sealed class RequestGuardsTests(CubeSite site) : IClassFixture<CubeSite>
{
    [Theory]
    [InlineData("/api/accounts/A1/health?months=abc", "months", "months: 'abc' is not a whole number")]
    [InlineData("/api/accounts/A1/health?months=99999999999", "months", "months: '99999999999' is not a whole number")]
    [InlineData("/api/alerts?limit=ten", "limit", "limit: 'ten' is not a whole number")]
    [InlineData("/api/accounts/A1/health?months=%201", "months", "months: ' 1' is not a whole number")]
    [InlineData("/api/accounts/A1/health?months=%2B1", "months", "months: '+1' is not a whole number")]
    [InlineData("/api/alerts?limit=1%20", "limit", "limit: '1 ' is not a whole number")]
    public async Task A_value_that_cannot_bind_is_a_400_naming_the_parameter(string url, string parameter, string detail)
    {
        var response = await site.Client.GetAsync(url);

        var text = await response.Content.ReadAsStringAsync();
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(("The request cannot be answered", parameter, detail),
            (problem.GetProperty("title").GetString(), problem.GetProperty("parameter").GetString(), problem.GetProperty("detail").GetString()));
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_client_that_left_is_logged_as_gone_not_as_an_error()
    {
        var logs = new ListLogger();
        using var aborted = new CancellationTokenSource();
        var context = new DefaultHttpContext { RequestServices = site.Factory.Services, RequestAborted = aborted.Token };
        context.Request.Method = "GET";
        context.Request.Path = "/api/cube/query";
        var guards = new RequestGuards(_ =>
        {
            aborted.Cancel();
            aborted.Token.ThrowIfCancellationRequested();
            return Task.CompletedTask;
        }, logs);

        await guards.InvokeAsync(context);

        Assert.Equal(499, context.Response.StatusCode);
        Assert.Equal([(LogLevel.Information, "GET /api/cube/query: the client left before the answer")], logs.Entries);
    }

    [Fact]
    public async Task A_cancellation_the_client_did_not_ask_for_is_still_an_error()
    {
        var context = new DefaultHttpContext { RequestServices = site.Factory.Services };
        var guards = new RequestGuards(_ => throw new OperationCanceledException(), new ListLogger());

        await Assert.ThrowsAsync<OperationCanceledException>(() => guards.InvokeAsync(context));
    }

    private sealed class ListLogger : ILogger<RequestGuards>
    {
        public List<(LogLevel, string)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add((logLevel, formatter(state, exception)));
    }
}
