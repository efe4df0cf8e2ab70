using System.Text.Json;
using Reporting.Core.Cube;
using Reporting.Core.Cube.Querying;

namespace Reporting.Documents.Cube;

/// <summary>
/// A cached answer and, once the API has sent it, its JSON: one cache key is one query as understood
/// and one result, so every later hit sends the same bytes without serialising the rows again.
/// </summary>
public sealed class CubeAnswer(CubeResult result)
{
    private byte[]? json;

    public CubeResult Result => result;

    /// <summary>The API's answer (<see cref="CubeResponse"/>) as UTF-8 JSON; two first callers at once both write it, equally.</summary>
    public byte[] Json(CubeQuery query, JsonSerializerOptions options) =>
        Volatile.Read(ref json) ?? (json = JsonSerializer.SerializeToUtf8Bytes(CubeResponse.Of(query, result), options));
}
