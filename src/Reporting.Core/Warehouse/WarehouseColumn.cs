namespace Reporting.Core.Warehouse;

/// <summary>A column of a warehouse table: its ClickHouse type, wrapped in Nullable when DuckDB allows NULL.</summary>
public sealed record WarehouseColumn(string Name, string Type, bool IsNullable)
{
    public string Declaration => IsNullable ? $"Nullable({Type})" : Type;
}
