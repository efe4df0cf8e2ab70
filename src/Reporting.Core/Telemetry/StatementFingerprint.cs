using System.Security.Cryptography;
using System.Text;

namespace Reporting.Core.Telemetry;

/// <summary>
/// A statement's identity for traces: the first 16 hex digits of the SHA-256 of its SQL text. The text
/// holds only the model's identifiers and parameter markers (values are always bound), so equal queries
/// share a fingerprint and none carries a value.
/// </summary>
public static class StatementFingerprint
{
    public static string Of(string sql) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(sql)))[..16].ToLowerInvariant();
}
