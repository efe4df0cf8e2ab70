using Reporting.DuckDb;
using System.Globalization;
using System.Net;
using System.Text;
using Reporting.Core.Delivery;
using Reporting.Core.Storage;

namespace Reporting.Tests.Fixtures.Delivery;

/// <summary>
/// A small real composer for the engine's tests (the web composes the real packs): it reads the
/// accounts the ambient scope sees through ReportingDatabase.Connect, as the web's composer does,
/// and writes them as the body and as an attached CSV, so a test reads back whose data went out.
/// </summary>
public sealed class AccountListComposer(ReportingDatabase database) : IDeliveryComposer
{
    public Task<DeliveryMessage> ComposeAsync(DeliveryJob job, CancellationToken cancellationToken)
    {
        var lines = new List<string>();
        using (var connection = database.Connect())
        {
            var rows = connection.Query("SELECT account_id, name, CAST(renewal_on AS VARCHAR) FROM dim_account ORDER BY account_id");
            for (var i = 0; i < rows.RowCount; i++)
            {
                lines.Add(string.Join(',', rows.Columns.Select(c => Convert.ToString(c.GetValue(i), CultureInfo.InvariantCulture))));
            }
        }
        var about = job.AccountId ?? job.Subscription.Content.Dashboard ?? "digest";
        var html = "<table>" + string.Concat(lines.Select(l => "<tr><td>" + WebUtility.HtmlEncode(l) + "</td></tr>")) + "</table>";
        var csv = new DeliveryAttachment($"{about}.csv", "text/csv", Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n"));
        return Task.FromResult(new DeliveryMessage(
            $"{job.Subscription.Name}: {about}", html, string.Join('\n', lines), [csv], new Uri($"https://reports.example/accounts/{about}")));
    }
}
