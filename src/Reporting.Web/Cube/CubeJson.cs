using Reporting.Documents.Cube;
using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;

namespace Reporting.Web.Cube;

/// <summary>A 200 whose body is a <see cref="CubeResponse"/> already written as JSON (<see cref="CubeAnswer.Json"/>).</summary>
public sealed class CubeJson(byte[] utf8) : IResult, IEndpointMetadataProvider, IStatusCodeHttpResult, IContentTypeHttpResult
{
    public int? StatusCode => StatusCodes.Status200OK;

    public string ContentType => "application/json; charset=utf-8";

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ContentType;
        response.ContentLength = utf8.Length;
        return response.Body.WriteAsync(utf8, httpContext.RequestAborted).AsTask();
    }

    /// <summary>The OpenAPI document still describes the body as a <see cref="CubeResponse"/>.</summary>
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(CubeResponse), ["application/json"]));
}
