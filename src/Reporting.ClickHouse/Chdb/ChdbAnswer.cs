namespace Reporting.ClickHouse.Chdb;

/// <summary>What one statement gave: its output in the format asked for, or ClickHouse's error text.</summary>
public sealed record ChdbAnswer(byte[] Output, string? Error, ulong RowsRead, ulong RowsWritten)
{
    public bool Failed => Error is not null;
}
