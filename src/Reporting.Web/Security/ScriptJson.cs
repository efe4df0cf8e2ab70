using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Options;

namespace Reporting.Web.Security;

/// <summary>
/// JSON for a page's &lt;script type="application/json"&gt; element: the API's serializer settings,
/// but with the default encoder, which writes &lt;, &gt;, &amp; and quotes as \u escapes, so no value
/// (a CSM named "&lt;/script&gt;…", a reflected filter) can close the element or open another. The
/// API's own settings relax that escaping, which is right for a JSON response and wrong inside HTML.
/// </summary>
public sealed class ScriptJson(IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json)
{
    private readonly JsonSerializerOptions options = new(json.Value.SerializerOptions) { Encoder = JavaScriptEncoder.Default };

    /// <summary>The value as JSON, safe to write between a script element's tags as it is.</summary>
    public IHtmlContent Inline<T>(T value) => new HtmlString(JsonSerializer.Serialize(value, options));
}
