using Microsoft.Extensions.Options;

namespace Reporting.Web.Ingest;

/// <summary>Checks the named API keys at start-up, each failure naming its setting: a name and a key, and only known scopes.</summary>
public sealed class ApiKeyOptionsValidation : IValidateOptions<ApiKeyOptions>
{
    public ValidateOptionsResult Validate(string? name, ApiKeyOptions options)
    {
        var failures = new List<string>();
        for (var i = 0; i < options.ApiKeys.Count; i++)
        {
            var setting = options.ApiKeys[i];
            var field = $"{ApiKeyOptions.Section}:ApiKeys:{i}";
            if (setting.Name.Trim().Length == 0 || setting.Key.Length == 0)
            {
                failures.Add($"{field} needs a Name and a Key.");
            }
            if (setting.Scopes.FirstOrDefault(s => !ApiKeyScopes.All.Contains(s)) is { } unknown)
            {
                failures.Add($"{field}:Scopes names '{unknown}'; the scopes are {string.Join(", ", ApiKeyScopes.All)}.");
            }
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
