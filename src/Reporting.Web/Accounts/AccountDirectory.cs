using Reporting.Core.Accounts;
using Reporting.Core.Storage;

namespace Reporting.Web.Accounts;

/// <summary>Looks accounts up by id for the pages and APIs that name one.</summary>
public sealed class AccountDirectory(ReportingDatabase database)
{
    public AccountProfile? Find(string id)
    {
        using var connection = database.Connect();
        return AccountProfile.Find(connection, id);
    }

    public bool Exists(string id) => Find(id) is not null;
}
