using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;

namespace Reporting.Web.Operations;

/// <summary>An example request body for the OpenAPI document (taken from the README).</summary>
public static class RequestExamples
{
    public static RouteHandlerBuilder WithExample(this RouteHandlerBuilder endpoint, string json) =>
        endpoint.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            foreach (var content in operation.RequestBody?.Content?.Values ?? [])
            {
                content.Example = JsonNode.Parse(json);
            }
            return Task.CompletedTask;
        });
}
