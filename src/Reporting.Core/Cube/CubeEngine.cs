using Reporting.DuckDb;
using Reporting.Core.Access;
using Reporting.Core.Cube.Compiling;
using Reporting.Core.Cube.Model;
using Reporting.Core.Cube.Querying;
using Reporting.Core.Periods;
using Reporting.Core.Storage;
using Reporting.Core.Telemetry;

namespace Reporting.Core.Cube;

/// <summary>
/// Answers cube queries: compile through the model, run on a connection of its own, read the
/// columns, round measures as the model says, fill empty periods, and answer the compared period.
/// Every statement is compiled for the ambient <see cref="AccessScope.Current"/>.
/// </summary>
/// <param name="lowSampleBelow">kpis.yaml's low_sample_below: results flag a measure on fewer observations.</param>
public sealed class CubeEngine(SemanticModel model, ReportingDatabase database, int lowSampleBelow)
{
    private readonly QueryCompiler compiler = new(model, database.Dialect);

    public SemanticModel Model => model;

    /// <summary>The model's shipped files: reports/model beside the application.</summary>
    public static string DefaultModelFolder => Path.Combine(AppContext.BaseDirectory, "reports", "model");

    public CubeResult Query(CubeQuery query, DateOnly today, CancellationToken cancellationToken = default)
    {
        Check(query);
        var result = Run(query, today, cancellationToken);
        return query.Compare == CompareWith.None ? result : result with { Compare = Run(Compared(query), today, cancellationToken) };
    }

    /// <summary>
    /// The statements a query runs, without running them: its own and, when it compares, the compared
    /// period's. Values stay parameters, as they are sent.
    /// </summary>
    public IReadOnlyList<CubeStatement> Statements(CubeQuery query, DateOnly today)
    {
        Check(query);
        var own = new CubeStatement("query", compiler.Compile(query, today, AccessScope.Current));
        return query.Compare == CompareWith.None ? [own] : [own, new CubeStatement("compare", compiler.Compile(Compared(query), today, AccessScope.Current))];
    }

    private CubeResult Run(CubeQuery query, DateOnly today, CancellationToken cancellationToken)
    {
        CompiledQuery compiled;
        using (ReportingTelemetry.Traces.StartActivity("cube.compile"))
        {
            compiled = compiler.Compile(query, today, AccessScope.Current);
        }
        using var connection = database.ConnectWarehouse();
        using var statement = ReportingTelemetry.Traces.StartActivity("duckdb.statement");
        statement?.SetTag("db.system", compiler.Dialect.Name).SetTag("db.statement.fingerprint", StatementFingerprint.Of(compiled.Sql));
        var result = connection.Query(compiled.Sql, compiled.Parameters, cancellationToken);
        statement?.Dispose();
        var digits = compiled.Columns.Select(c => c.Kind == OutputKind.Measure ? Measure(c.Name)?.Decimals : null).ToArray();
        var limit = QueryCompiler.RowLimit(query);
        // The statement reads one row past the limit: if it is there, the answer is cut.
        var rows = Enumerable.Range(0, Math.Min(result.RowCount, limit))
            .Select(row => (IReadOnlyList<object?>)result.Columns.Select((c, i) => Round(c.GetValue(row), digits[i])).ToArray())
            .ToList();
        var filled = TimeBuckets.Fill(rows, compiled.Columns, query, name => Measure(name)?.Type, limit);
        return new CubeResult(compiled.Columns, filled.Rows)
        {
            LowSampleBelow = lowSampleBelow,
            DateRange = query.TimeDimension?.DateRange,
            Truncated = result.RowCount > limit || filled.Truncated,
        };
    }

    private static void Check(CubeQuery query)
    {
        if (query.TimeDimension is { DateRange: { } range } time && SupportedDateRanges.Check(range, time.Granularity) is { } problem)
        {
            throw new QueryException("timeDimension.dateRange", problem);
        }
    }

    /// <summary>
    /// The same query over the period before (as many whole months when the range is whole months,
    /// else as many days) or the same range a year before.
    /// </summary>
    private static CubeQuery Compared(CubeQuery query)
    {
        if (query.TimeDimension is not { DateRange: { } range } time)
        {
            throw new QueryException("compare", "needs a timeDimension with a dateRange");
        }
        var length = range.To.DayNumber - range.From.DayNumber + 1;
        var earlier = query.Compare == CompareWith.PreviousYear
            ? new DateRange(range.From.AddYears(-1), range.To.AddYears(-1))
            : WholeMonths(range) is { } months ? new DateRange(range.From.AddMonths(-months), range.From.AddDays(-1))
            : new DateRange(range.From.AddDays(-length), range.From.AddDays(-1));
        return query with { TimeDimension = time with { DateRange = earlier }, Compare = CompareWith.None };
    }

    private static int? WholeMonths(DateRange range) => range.From.Day == 1 && range.To.AddDays(1).Day == 1
        ? (range.To.Year * 12) + range.To.Month - (range.From.Year * 12) - range.From.Month + 1
        : null;

    private MeasureDefinition? Measure(string member) =>
        model.Resolve(member) is { } found ? found.Cube.Measures.FirstOrDefault(m => m.Name == found.Member) : null;

    /// <summary>
    /// Measures are rounded as the model says (NPS to one decimal, CES to two). DuckDB sums integers
    /// as HUGEINT: read as a long (a decimal past its range), which JSON, charts and CSV all take.
    /// </summary>
    private static object? Round(object? value, int? digits) => (value, digits) switch
    {
        (Int128 huge, _) => huge >= long.MinValue && huge <= long.MaxValue ? (long)huge : (decimal)huge,
        (UInt128 huge, _) => huge <= long.MaxValue ? (long)huge : (decimal)huge,
        (double d, { } n) => Math.Round(d, n, MidpointRounding.AwayFromZero),
        (decimal m, { } n) => Math.Round(m, n, MidpointRounding.AwayFromZero),
        _ => value,
    };
}
