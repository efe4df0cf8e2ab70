using System.Data.Common;
using Reporting.DuckDb;

namespace Reporting.Seed.Writing;

/// <summary>
/// Runs one stage: generates rows account by account and appends them to one table. Each account is a
/// batch: cancellation is checked and progress reported between batches, never inside one.
/// </summary>
internal sealed class StageRunner(DbConnection connection, IProgress<SeedProgress>? progress, CancellationToken cancellationToken)
{
    /// <summary>At most this many progress reports per stage, besides the first and the last.</summary>
    private const int ReportsPerStage = 50;

    private readonly Dictionary<string, long> rowsPerTable = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, long> RowsPerTable => rowsPerTable;

    public void Run<TBatch, TRow>(
        string stage, string table, IReadOnlyList<TBatch> batches, Func<TBatch, IEnumerable<TRow>> generate, Action<DuckDbAppender, TRow> append)
    {
        progress?.Report(new SeedProgress(stage, 0, batches.Count));
        var every = Math.Max(1, batches.Count / ReportsPerStage);
        long written = 0;
        using var appender = connection.CreateCheckedAppender(table);
        for (var i = 0; i < batches.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var row in generate(batches[i]))
            {
                append(appender, row);
                appender.EndRow();
                written++;
            }
            if ((i + 1) % every == 0 || i + 1 == batches.Count)
            {
                progress?.Report(new SeedProgress(stage, i + 1, batches.Count));
            }
        }
        appender.Close();
        rowsPerTable[table] = rowsPerTable.GetValueOrDefault(table) + written;
    }
}
