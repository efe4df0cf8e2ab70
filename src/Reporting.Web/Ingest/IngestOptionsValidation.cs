using System.Globalization;
using Microsoft.Extensions.Options;

namespace Reporting.Web.Ingest;

/// <summary>Checks the ingest settings at start-up, naming the setting: the largest upload must be at least one byte.</summary>
public sealed class IngestOptionsValidation : IValidateOptions<IngestOptions>
{
    public ValidateOptionsResult Validate(string? name, IngestOptions options) => options.MaxUploadBytes < 1
        ? ValidateOptionsResult.Fail($"{IngestOptions.Section}:MaxUploadBytes must be at least 1 (bytes); it is {options.MaxUploadBytes.ToString(CultureInfo.InvariantCulture)}.")
        : ValidateOptionsResult.Success;
}
