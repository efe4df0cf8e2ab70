namespace Reporting.Seed.Model;

/// <summary>How soon a detractor heard from us, in the KPI's buckets (&lt; 1 h, 1–24 h, 24–72 h, &gt; 72 h).</summary>
internal enum FirstContactBucket
{
    WithinHour,
    WithinDay,
    WithinThreeDays,
    Later,
}
