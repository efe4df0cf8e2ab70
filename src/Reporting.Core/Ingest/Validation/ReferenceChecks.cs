using Reporting.Core.Ingest.Layouts;
using Reporting.Core.Ingest.Staging;

namespace Reporting.Core.Ingest.Validation;

/// <summary>How reference errors read: of accounts and contacts that are not loaded, never of tables.</summary>
internal static class ReferenceChecks
{
    /// <summary>"account ACC-9 is not loaded (load accounts first)"; an account may also be named by its name.</summary>
    public static RowCheck Missing(StagedFile file, ReferenceRule reference, string condition)
    {
        var raw = FieldParser.RawColumn(reference.Field);
        var what = reference.MatchesAccountNames ? "no account has this id or name; " : "";
        var reasonSql = $"concat('{reference.Noun} ', {FieldParser.Text(raw)}, ' is not loaded ({what}load {reference.LoadFirst.Name()} first)')";
        return new(condition, file.Sources[reference.Field].SourceName, raw, "") { ReasonSql = reasonSql };
    }

    /// <summary>A contact that is loaded but belongs to another account than the row names.</summary>
    public static RowCheck OtherAccount(StagedFile file, string inFile)
    {
        var owner = "(SELECT min(c.account_id) FROM dim_contact c WHERE c.contact_id = t.contact_id)";
        return new(
            $"""
            {inFile} AND t.contact_id IS NOT NULL AND t.account_id IS NOT NULL
                AND t.contact_id IN (SELECT contact_id FROM dim_contact) AND t.account_id IN (SELECT account_id FROM dim_account)
                AND NOT (row(t.contact_id, t.account_id) IN (SELECT row(contact_id, account_id) FROM dim_contact))
            """,
            file.Sources["contact_id"].SourceName,
            "t.contact_id",
            "")
        {
            ReasonSql = $"concat('contact ', t.contact_id, ' belongs to account ', {owner}, ', not ', t.account_id)",
        };
    }
}
