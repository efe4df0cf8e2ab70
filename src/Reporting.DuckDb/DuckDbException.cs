using System.Data.Common;

namespace Reporting.DuckDb;

/// <summary>An error reported by DuckDB, carrying its own message and error class.</summary>
public sealed class DuckDbException : DbException
{
    public DuckDbException(string message, DuckDbErrorType errorType = DuckDbErrorType.Invalid)
        : base(message) => ErrorType = errorType;

    public DuckDbException(string message, Exception innerException)
        : base(message, innerException) => ErrorType = DuckDbErrorType.Invalid;

    public DuckDbErrorType ErrorType { get; }
}
