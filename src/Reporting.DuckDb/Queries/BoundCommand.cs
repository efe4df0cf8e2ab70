using System.Data.Common;
using System.Numerics;

namespace Reporting.DuckDb;

/// <summary>
/// A command with its values bound as parameters, never spliced into the text. A value the
/// statement does not ask for, or one it asks for and is not given, throws before it runs:
/// DuckDB.NET would ignore the first silently. The same on any ADO.NET connection: ClickHouse's
/// typed placeholders ({p1:Int64}) take the positional values by the names p1, p2 ….
/// </summary>
internal static class BoundCommand
{
    public static DbCommand Create(DbConnection connection, string sql, IReadOnlyList<object?> values)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        try
        {
            if (values.Count > 0)
            {
                Bind(command, SqlPlaceholders.Of(sql), values);
            }
            return command;
        }
        catch
        {
            command.Dispose();
            throw;
        }
    }

    private static void Bind(DbCommand command, SqlPlaceholders wanted, IReadOnlyList<object?> values)
    {
        var named = values.OfType<DbParameter>().ToList();
        var positional = values.Where(v => v is not DbParameter).ToList();
        if (positional.Count != wanted.Positional)
        {
            throw new ArgumentException($"The statement takes {wanted.Positional} parameter(s) but {positional.Count} value(s) were given.", nameof(values));
        }
        for (var i = 0; i < positional.Count; i++)
        {
            var parameter = command.CreateParameter();
            if (wanted.Typed)
            {
                // ClickHouse names every parameter: {p1:Int64} is the first positional value.
                parameter.ParameterName = $"p{i + 1}";
            }
            parameter.Value = ToBindable(positional[i]);
            command.Parameters.Add(parameter);
        }
        foreach (var parameter in named)
        {
            var bare = parameter.ParameterName.TrimStart('$', '@', ':');
            if (!wanted.Names.Contains(bare))
            {
                throw new ArgumentException($"The statement has no parameter named ${bare}.", nameof(values));
            }
            parameter.ParameterName = bare;
            parameter.Value = ToBindable(parameter.Value);
            command.Parameters.Add(parameter);
        }
        if (wanted.Names.FirstOrDefault(name => !named.Exists(p => string.Equals(p.ParameterName, name, StringComparison.OrdinalIgnoreCase))) is { } missing)
        {
            throw new ArgumentException($"Parameter ${missing} was not given a value.", nameof(values));
        }
    }

    /// <summary>
    /// Values DuckDB.NET would bind as another type (it binds what it does not know as text: an
    /// Int128 as "5", an object as its type name), so those become what it binds right, and a type
    /// nothing here binds throws.
    /// </summary>
    private static object? ToBindable(object? value) => value switch
    {
        null or DBNull => DBNull.Value,
        Int128 huge => (BigInteger)huge,
        UInt128 huge => (BigInteger)huge,
        DateTime { Kind: DateTimeKind.Local } local => local.ToUniversalTime(),
        DuckDbInterval { Months: 0 } interval => interval.ToTimeSpan(),
        DuckDbInterval interval => $"{interval.Months} months {interval.Days} days {interval.Micros} microseconds",
        bool or sbyte or byte or short or ushort or int or uint or long or ulong or float or double or decimal or BigInteger => value,
        string or byte[] or Guid or DateOnly or TimeOnly or DateTime or DateTimeOffset or TimeSpan => value,
        System.Collections.IEnumerable => value,
        _ => throw new NotSupportedException($"A parameter has a value of type {value.GetType().Name}, which cannot be bound."),
    };
}
