using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Reporting.Web.Pages.Ebr;

namespace Reporting.Web.Ebr;

/// <summary>
/// Renders the pack's Razor components to one self-contained HTML document in process (Blazor's
/// static HtmlRenderer): no HTTP request, no server address, so the server and the command line
/// print the same page the same way.
/// </summary>
public sealed class EbrHtml(IServiceScopeFactory scopes, ILoggerFactory loggers)
{
    public async Task<string> RenderAsync(EbrDocumentModel model)
    {
        // A scope of its own: the components' services are scoped (one render is one "request").
        await using var scope = scopes.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, loggers);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { [nameof(EbrDocument.Model)] = model });
            var output = await renderer.RenderComponentAsync<EbrDocument>(parameters);
            return output.ToHtmlString();
        });
    }
}
