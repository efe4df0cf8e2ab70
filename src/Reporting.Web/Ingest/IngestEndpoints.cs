using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Reporting.Core.Ingest;
using Reporting.Core.Storage;
using Reporting.Web.Operations;

namespace Reporting.Web.Ingest;

/// <summary>POST /api/ingest/{kind}: the same load as `reporting load`, for systems that push exports.</summary>
public static class IngestEndpoints
{
    public static IHostApplicationBuilder AddReportingIngest(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<IngestOptions>().BindConfiguration(IngestOptions.Section).ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<IngestOptions>, IngestOptionsValidation>();
        // The named keys are bound by the sign-in registration; checked here with the bare ones.
        builder.Services.AddOptions<ApiKeyOptions>().ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<ApiKeyOptions>, ApiKeyOptionsValidation>();
        builder.Services.AddSingleton<UploadFolder>();
        return builder;
    }

    public static IEndpointRouteBuilder MapReportingIngest(this IEndpointRouteBuilder endpoints)
    {
        var limit = endpoints.ServiceProvider.GetRequiredService<IOptions<IngestOptions>>().Value.MaxUploadBytes;
        endpoints.ServiceProvider.GetRequiredService<UploadFolder>().RemoveLeftovers();
        endpoints.MapPost("/api/ingest/{kind}", Load)
            .WithName("Ingest")
            .WithSummary("Load one export file (the body, or the first file of a multipart form) of one kind, all rows or none.")
            .WithTags("Ingest")
            .RequireApiKey(SignIn.AccessPolicies.Ingest)
            .WithUploadBody("text/csv", "application/x-ndjson", "application/vnd.apache.parquet", "application/octet-stream", "multipart/form-data")
            .Refuses(400, 401, 403, 413)
            .WithMetadata(new RequestSizeLimitAttribute(limit))
            .DisableAntiforgery();
        return endpoints;
    }

    public static async Task<Results<Ok<LoadReport>, UnprocessableEntity<LoadReport>, ProblemHttpResult>> Load(
        string kind,
        [AsParameters] IngestQuery query,
        HttpRequest request,
        ReportingDatabase database,
        UploadFolder uploads,
        SignIn.WebAudit audit,
        CancellationToken cancellationToken)
    {
        if (query.ToOptions(kind) is not { } options)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Unknown kind or format",
                detail: $"kind must be one of {FactKinds.AllNames}; format one of {SourceFormats.AllNames}; cesScale effort or agreement; encoding {TextEncodings.AllNames}.");
        }
        if (await FilenameProblem(request, query.Filename, cancellationToken) is { } badFilename)
        {
            return badFilename;
        }
        await using var upload = await Upload.SaveAsync(request, query.Filename, uploads, cancellationToken);
        if (upload is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "No file",
                detail: "Send the file as the request body or as a multipart form file.");
        }
        options = options with { FileNames = [upload.Name] };
        var report = await Task.Run(() => FactLoader.Load(database, [upload.Path], options, cancellationToken: cancellationToken), cancellationToken);
        report = Upload.Describe(report) with { Files = [upload.Name] };
        audit.Record(request.HttpContext, Reporting.Core.Access.AuditActions.Load, $"{kind} {upload.Name}", report.Committed ? "ok" : "refused",
            $"{report.RowsRead} read, {report.Inserted} inserted, {report.Replaced} replaced, {report.Rejected} rejected");
        return report.Committed ? TypedResults.Ok(report) : TypedResults.UnprocessableEntity(report);
    }

    /// <summary>A 400 when the name the file would be shown by (filename, else a form file's own name) is no plain file name.</summary>
    private static async Task<ProblemHttpResult?> FilenameProblem(HttpRequest request, string? filename, CancellationToken cancellationToken)
    {
        var (parameter, problem) = filename is not null || !request.HasFormContentType
            ? ("filename", UploadName.Problem(filename))
            : ("the form file's name (or send filename)", UploadName.Problem((await request.ReadFormAsync(cancellationToken)).Files.FirstOrDefault()?.FileName));
        return problem is null ? null : TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad filename",
            detail: $"{parameter} {problem}; it only names the file in the report.");
    }
}

/// <summary>The load options a request may set in its query string.</summary>
public sealed record IngestQuery(string? Format, string? AccountColumn, bool? SkipInvalid, string? Timezone, string? CesScale, string? Filename, string? Encoding)
{
    public LoadOptions? ToOptions(string kind)
    {
        if (!FactKinds.TryParse(kind, out var factKind) || !SourceFormats.TryParse(Format ?? "native", out var format)
            || CesScale is not (null or "effort" or "agreement") || !TextEncodings.TryParse(Encoding ?? "utf8", out var encoding))
        {
            return null;
        }
        return new LoadOptions(factKind)
        {
            Format = format,
            AccountColumn = AccountColumn,
            SkipInvalid = SkipInvalid ?? false,
            TimeZone = Timezone ?? "UTC",
            CesScale = CesScale == "agreement" ? Core.Ingest.CesScale.Agreement : Core.Ingest.CesScale.Effort,
            Encoding = encoding,
        };
    }
}
