using System.Text;
using Microsoft.Extensions.Options;

namespace Reporting.Web.Embed;

/// <summary>
/// Checks the embed settings at start-up, each failure naming its setting: signing keys (required
/// outside Development: a key made up at start-up would silently invalidate every portal's tokens on
/// restart), the origins that may frame embeds, the token lifetime and the rate limits.
/// </summary>
public sealed class EmbedOptionsValidation(IHostEnvironment environment) : IValidateOptions<EmbedOptions>
{
    private const string Section = EmbedOptions.Section;

    public ValidateOptionsResult Validate(string? name, EmbedOptions options)
    {
        var failures = new List<string>();
        KeyFailures(options, failures);
        var origins = options.AllowedOrigins.Select((origin, i) => (Origin: origin, Setting: $"{Section}:AllowedOrigins:{i}")).ToList();
        if (options.DemoFrameOrigin is { } demo)
        {
            origins.Add((demo, $"{Section}:DemoFrameOrigin"));
        }
        failures.AddRange(origins.Where(o => EmbedHeaders.TryOrigin(o.Origin) is null).Select(o => EmbedHeaders.NotAnOrigin(o.Setting, o.Origin)));
        if (options.MaxLifetime <= TimeSpan.Zero)
        {
            failures.Add($"{Section}:MaxLifetime must be longer than zero (e.g. 12:00:00); it is {options.MaxLifetime}.");
        }
        AddUnlessPositive(failures, "RequestsPerSecond", options.RequestsPerSecond);
        AddUnlessPositive(failures, "Burst", options.Burst);
        AddUnlessPositive(failures, "RefusalsPerMinute", options.RefusalsPerMinute);
        AddUnlessPositive(failures, "RefusalBurst", options.RefusalBurst);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private void KeyFailures(EmbedOptions options, List<string> failures)
    {
        if (options.Keys.Count == 0 && !environment.IsDevelopment())
        {
            failures.Add($"{Section}:Keys: no embed signing key is configured. Outside Development one is required, or every portal's tokens "
                + $"stop working when the server restarts: set {Section}:Keys:0:Id and {Section}:Keys:0:Secret (at least "
                + $"{EmbedSigningKeys.MinimumSecretBytes} bytes; from the environment: Reporting__Embed__Keys__0__Secret=…).");
        }
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < options.Keys.Count; i++)
        {
            var (key, path) = (options.Keys[i], $"{Section}:Keys:{i}");
            var bytes = Encoding.UTF8.GetByteCount(key.Secret);
            if (string.IsNullOrWhiteSpace(key.Id))
            {
                failures.Add($"{path}:Id is required");
            }
            else if (!ids.Add(key.Id))
            {
                failures.Add($"{path}:Id '{key.Id}' is listed twice");
            }
            if (bytes < EmbedSigningKeys.MinimumSecretBytes)
            {
                failures.Add($"{path}:Secret of key '{key.Id}' has {bytes} bytes; HS256 needs at least {EmbedSigningKeys.MinimumSecretBytes}");
            }
        }
        if (options.SigningKeyId is { } signing && !ids.Contains(signing))
        {
            failures.Add($"{Section}:SigningKeyId: no key has the id '{signing}'");
        }
    }

    private static void AddUnlessPositive(List<string> failures, string setting, double value)
    {
        if (!(value > 0))
        {
            failures.Add($"{Section}:{setting} must be more than 0; it is {value.ToString(System.Globalization.CultureInfo.InvariantCulture)}.");
        }
    }
}
