using Reporting.Core.Dashboards;
using Reporting.Documents.Dashboards;

namespace Reporting.Web.Dashboards;

/// <summary>
/// What a filter bar offers: the view's filters and the values to pick from; on Account 360 the
/// account it is locked to; in an embed only the filters its token lets the viewer change.
/// </summary>
public sealed record FilterBar(FilterView Filters, FilterChoices Choices, string? LockedAccount = null, IReadOnlySet<string>? Editable = null)
{
    public bool Shows(string field) => Editable?.Contains(field) ?? true;

    /// <summary>Whether there is anything to change at all.</summary>
    public bool Any => Editable is null || Editable.Count > 0;
}
