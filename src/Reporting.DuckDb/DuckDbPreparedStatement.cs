using Reporting.DuckDb.Native;

namespace Reporting.DuckDb;

/// <summary>
/// A statement prepared once and executed with new values each time. Every parameter must be bound
/// before execution: an unbound or unknown parameter throws rather than running with NULL.
/// </summary>
public sealed class DuckDbPreparedStatement : IDisposable
{
    private readonly PreparedStatementHandle handle;
    private readonly DuckDbConnection connection;
    private readonly bool[] bound;

    internal DuckDbPreparedStatement(DuckDbConnection connection, string sql)
    {
        this.connection = connection;
        if (NativeMethods.duckdb_prepare(connection.Handle, sql, out handle) != DuckDbState.Success)
        {
            var error = NativeMethods.duckdb_prepare_error(handle);
            var message = System.Runtime.InteropServices.Marshal.PtrToStringUTF8(error) ?? "could not prepare the statement";
            handle.Dispose();
            ThrowHelper.Throw(message, ErrorTypeOf(message));
        }
        bound = new bool[(int)NativeMethods.duckdb_nparams(handle)];
    }

    public int ParameterCount => bound.Length;

    /// <summary>Binds a value to the 1-based position <paramref name="position"/> ($1, $2, … or ?).</summary>
    public void Bind(int position, object? value)
    {
        if (position < 1 || position > bound.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(position), position,
                $"The statement has {bound.Length} parameter(s); there is no parameter ${position}.");
        }
        ParameterBinder.Bind(handle, (ulong)position, value);
        bound[position - 1] = true;
    }

    /// <summary>Binds a value to the named parameter <c>$name</c>.</summary>
    public void Bind(string name, object? value)
    {
        var bare = name.TrimStart('$', '@', ':');
        if (NativeMethods.duckdb_bind_parameter_index(handle, out var index, bare) != DuckDbState.Success || index == 0)
        {
            throw new ArgumentException($"The statement has no parameter named ${bare}.", nameof(name));
        }
        Bind((int)index, value);
    }

    /// <summary>Binds all parameters in order; the count must match exactly.</summary>
    public void BindAll(IReadOnlyList<object?> values)
    {
        if (values.Count != bound.Length)
        {
            throw new ArgumentException($"The statement takes {bound.Length} parameter(s) but {values.Count} value(s) were given.", nameof(values));
        }
        for (var i = 0; i < values.Count; i++)
        {
            Bind(i + 1, values[i]);
        }
    }

    /// <summary>Runs the statement and materialises every row, chunk by chunk, into typed columns.</summary>
    public DuckDbResultSet Query(CancellationToken cancellationToken = default)
    {
        using var result = Execute(cancellationToken);
        return ResultMaterializer.Materialize(result);
    }

    /// <summary>Runs the statement and returns the number of rows it changed.</summary>
    public long ExecuteNonQuery(CancellationToken cancellationToken = default)
    {
        using var result = Execute(cancellationToken);
        unsafe
        {
            return (long)NativeMethods.duckdb_rows_changed(result.Pointer);
        }
    }

    internal unsafe ResultHandle Execute(CancellationToken cancellationToken)
    {
        EnsureAllBound();
        using var interrupt = connection.InterruptOn(cancellationToken);
        var result = new ResultHandle();
        if (NativeMethods.duckdb_execute_prepared(handle, result.Pointer) != DuckDbState.Success)
        {
            using (result)
            {
                cancellationToken.ThrowIfCancellationRequested();
                ThrowHelper.ThrowNative(NativeMethods.duckdb_result_error(result.Pointer), "the statement failed",
                    NativeMethods.duckdb_result_error_type(result.Pointer));
            }
        }
        return result;
    }

    public void Dispose() => handle.Dispose();

    private void EnsureAllBound()
    {
        var missing = Array.IndexOf(bound, false);
        if (missing >= 0)
        {
            throw new InvalidOperationException($"Parameter ${missing + 1} of {bound.Length} was not bound.");
        }
    }

    // duckdb_prepare_error carries no error class; DuckDB prefixes its messages with it.
    private static DuckDbErrorType ErrorTypeOf(string message) =>
        message.StartsWith("Parser Error", StringComparison.Ordinal) ? DuckDbErrorType.Parser
        : message.StartsWith("Catalog Error", StringComparison.Ordinal) ? DuckDbErrorType.Catalog
        : message.StartsWith("Binder Error", StringComparison.Ordinal) ? DuckDbErrorType.Binder
        : DuckDbErrorType.Invalid;
}
