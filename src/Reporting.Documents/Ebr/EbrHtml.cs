using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Reporting.Documents.Ebr.Components;

namespace Reporting.Documents.Ebr;

/// <summary>
/// Renders the pack's Razor components to one self-contained HTML document in process (Blazor's
/// static HtmlRenderer): no HTTP request, no server address, so the server and the command line
/// print the same page the same way.
/// </summary>
public sealed class EbrHtml(IServiceScopeFactory scopes, ILoggerFactory loggers)
{
    public Task<string> RenderAsync(EbrDocumentModel model) =>
        RenderAsync<EbrDocument>(new Dictionary<string, object?> { [nameof(EbrDocument.Model)] = model });

    /// <summary>Any print document (the packs, a dashboard for mail) with its parameters.</summary>
    public async Task<string> RenderAsync<TComponent>(IDictionary<string, object?> parameters) where TComponent : IComponent
    {
        // A scope of its own: the components' services are scoped (one render is one "request").
        await using var scope = scopes.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, loggers);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters));
            return output.ToHtmlString();
        });
    }
}
