using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;

namespace Reporting.DuckDb;

/// <summary>A command parameter: named ($name) or, without a name, positional in collection order.</summary>
public sealed class DuckDbParameter : DbParameter
{
    private string parameterName = "";
    private string sourceColumn = "";

    public DuckDbParameter()
    {
    }

    public DuckDbParameter(object? value) => Value = value;

    public DuckDbParameter(string name, object? value)
    {
        ParameterName = name;
        Value = value;
    }

    public override DbType DbType { get; set; } = DbType.Object;

    public override ParameterDirection Direction
    {
        get => ParameterDirection.Input;
        set
        {
            if (value != ParameterDirection.Input)
            {
                throw new NotSupportedException("DuckDB parameters are input only.");
            }
        }
    }

    public override bool IsNullable { get; set; } = true;

    [AllowNull]
    public override string ParameterName
    {
        get => parameterName;
        set => parameterName = value ?? "";
    }

    [AllowNull]
    public override string SourceColumn
    {
        get => sourceColumn;
        set => sourceColumn = value ?? "";
    }

    public override bool SourceColumnNullMapping { get; set; }

    public override int Size { get; set; }

    public override object? Value { get; set; }

    public override void ResetDbType() => DbType = DbType.Object;
}
