using System.Text;
using Reporting.Core.Csv;
using Reporting.Core.Surveys;

namespace Reporting.Core.Tests.Csv;

/// <summary>
/// Finding 6 of the hostile-input review: the survey plan's CSV wrote =HYPERLINK(…) and +cmd|… as they
/// were, and the cube's missed a leading tab or carriage return. Every CSV now goes through one writer
/// that neutralises what OWASP lists and leaves plain numbers alone.
/// </summary>
public sealed class CsvTextTests
{
    [Theory]
    [InlineData("=HYPERLINK(\"http://evil\",\"x\")", "\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"")]
    [InlineData("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0")]
    [InlineData("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0")]
    [InlineData("@SUM(1+1)*cmd|' /C calc'!A0", "'@SUM(1+1)*cmd|' /C calc'!A0")]
    [InlineData("\t=1+1", "'\t=1+1")]
    [InlineData("\r=1+1", "\"'\r=1+1\"")]
    [InlineData("-12.5", "-12.5")]
    [InlineData("+3", "+3")]
    [InlineData("1e5", "1e5")]
    [InlineData("Acme, Inc.", "\"Acme, Inc.\"")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Fields_are_neutralised_and_quoted(string? value, string expected) => Assert.Equal(expected, CsvText.Field(value));

    [Fact]
    public void The_survey_plan_neutralises_a_contact_named_as_a_formula()
    {
        var send = new PlannedSend("C1", "=HYPERLINK(\"http://evil\",\"x\")", "executive", "A1", "+cmd|' /C calc'!A0", "SMB", "\t@csm",
            "nps", "relational", "quarterly", new DateOnly(2026, 5, 4), "cohort", null);
        var plan = new SurveyPlan("2026-05", 0.33, 3, 1, 90, [send], []);

        var row = SurveyPlanCsv.Write(plan).Split("\r\n")[1];

        Assert.Equal("send,2026-05-04,,,C1,\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",executive,A1,'+cmd|' /C calc'!A0,SMB,'\t@csm,nps,relational,quarterly,,,,cohort", row);
    }

    [Fact]
    public void A_line_ends_in_crlf()
    {
        var csv = new StringBuilder();

        CsvText.AppendLine(csv, ["a", null, "=b"]);

        Assert.Equal("a,,'=b\r\n", csv.ToString());
    }
}
