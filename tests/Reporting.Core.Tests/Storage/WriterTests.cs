using Reporting.Core.Storage;

namespace Reporting.Core.Tests.Storage;

public sealed class WriterTests
{
    [Fact]
    public void Each_writer_counts_once_when_it_lets_go()
    {
        using var database = ReportingDatabase.OpenInMemory();
        Assert.Equal(0L, database.WritesFinished);

        var first = database.AcquireWriter();
        // Holding the writer is not yet a finished write: a reader may still see the old data.
        Assert.Equal(0L, database.WritesFinished);
        first.Dispose();
        first.Dispose();
        using (database.AcquireWriter())
        {
        }

        // Two writers, the first disposed twice: 1 + 1.
        Assert.Equal(2L, database.WritesFinished);
    }
}
