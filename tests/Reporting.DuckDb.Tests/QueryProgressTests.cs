namespace Reporting.DuckDb.Tests;

public sealed class QueryProgressTests
{
    [Fact]
    public void A_running_query_reports_its_progress_to_another_thread()
    {
        using var database = DuckDbDatabase.OpenInMemory();
        using var connection = database.Connect();
        connection.Execute("SET enable_progress_bar = true; SET enable_progress_bar_print = false; SET progress_bar_time = 0");
        var estimates = new List<DuckDbQueryProgress>();
        using var done = new ManualResetEventSlim();

        using var polling = new ManualResetEventSlim();
        // A thread of its own: a thread-pool task may not start before the query ends when tests run in parallel.
        var poller = new Thread(() =>
        {
            polling.Set();
            while (!done.IsSet)
            {
                if (connection.QueryProgress() is { } estimate)
                {
                    lock (estimates)
                    {
                        estimates.Add(estimate);
                    }
                }
                Thread.Sleep(5);
            }
        });
        poller.Start();
        polling.Wait();
        // On a machine loaded far beyond its cores the poller may not be scheduled during one run; a
        // few runs give it the chance without weakening what is asserted: estimates were seen.
        object? sum = null;
        for (var run = 0; run < 5 && (run == 0 || Seen(estimates) == 0); run++)
        {
            sum = connection.Query("SELECT sum(range % 7) AS s FROM range(400000000)").Scalar();
        }
        done.Set();
        poller.Join();

        // 57,142,857 whole cycles of 0..6 (21 each), then one more 0.
        Assert.Equal(Int128.Parse("1199999997"), (Int128)sum!);
        Assert.NotEmpty(estimates);
        Assert.All(estimates, e => Assert.InRange(e.Percentage, 0, 100));
    }

    private static int Seen(List<DuckDbQueryProgress> estimates)
    {
        lock (estimates)
        {
            return estimates.Count;
        }
    }

    [Fact]
    public void An_idle_connection_has_no_progress()
    {
        using var database = DuckDbDatabase.OpenInMemory();
        using var connection = database.Connect();

        Assert.Null(connection.QueryProgress());
    }
}
