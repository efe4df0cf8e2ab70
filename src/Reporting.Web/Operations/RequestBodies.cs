using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Reporting.Web.Operations;

/// <summary>Request bodies the OpenAPI document cannot infer: an example (taken from the README), or an upload of any of several types.</summary>
public static class RequestBodies
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

    /// <summary>
    /// A file in the body, of these types. Said only in the document: declaring them to routing (Accepts)
    /// would refuse any other Content-Type, and a load reads the file by its name and content, not by that header.
    /// </summary>
    public static RouteHandlerBuilder WithUploadBody(this RouteHandlerBuilder endpoint, params string[] types) =>
        endpoint.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Description = "The export file: CSV, JSON lines or Parquet, as the body or as the first file of a multipart form.",
                Content = types.ToDictionary(t => t, _ => new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" } }),
            };
            return Task.CompletedTask;
        });
}
