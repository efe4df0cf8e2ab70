using System.Globalization;

namespace Reporting.Core.Sql;

/// <summary>DuckDB's SQL, in which the model is written: members pass unchanged.</summary>
internal sealed class DuckDbDialect : SqlDialect
{
    public override string Name => "duckdb";

    public override string Placeholder(int position, object? value) => "$" + position.ToString(CultureInfo.InvariantCulture);

    public override string Aggregate(string function, string value) => $"{AggregateFunctions.Check(function)}({value})";

    public override string Quantile(string value, string p) => $"quantile_cont({value}, {p})";

    public override string TextRows(string placeholder) => $"(SELECT unnest({placeholder}::VARCHAR[]))";

    public override string Lower(string text) => $"lower({text})";

    public override string ILike(string value, string pattern) => $"{value} ILIKE {pattern} ESCAPE '\\'";

    public override string Date(string timestamp) => $"CAST({timestamp} AS DATE)";

    public override string Monday(string timestamp) => $"CAST(date_trunc('week', {timestamp}) AS DATE)";

    public override string DatePart(string part, string timestamp) => $"{DateParts.Check(part)}({timestamp})";

    public override string IntegerDivide(string dividend, string divisor) => $"{dividend} // {divisor}";

    public override string MakeDate(string year, string month, string day) => $"make_date({year}, {month}, {day})";

    public override string Member(string sql, bool boolean = false) => sql;
}
