using DuckDB.NET.Data;
using DuckDB.NET.Native;

namespace Reporting.DuckDb;

/// <summary>
/// DuckDB's error class of an exception. DuckDB.NET reports errors of a statement that fails to
/// prepare (Catalog, Parser, Binder …) as <see cref="DuckDBErrorType.Invalid"/>; DuckDB's message
/// starts with the class ("Catalog Error: …"), so that is read instead.
/// </summary>
public static class DuckDbErrors
{
    public static DuckDBErrorType ErrorClass(this DuckDBException exception)
    {
        if (exception.ErrorType != DuckDBErrorType.Invalid)
        {
            return exception.ErrorType;
        }
        var colon = exception.Message.IndexOf(" Error:", StringComparison.Ordinal);
        var name = colon > 0 ? exception.Message[..colon].Replace(" ", "", StringComparison.Ordinal) : "";
        return Enum.TryParse<DuckDBErrorType>(name, ignoreCase: true, out var type) ? type : DuckDBErrorType.Invalid;
    }
}
