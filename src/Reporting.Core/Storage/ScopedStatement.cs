using Reporting.Core.Sql;

namespace Reporting.Core.Storage;

/// <summary>
/// A ClickHouse statement restricted to a read scope. ClickHouse has no temporary views, but a
/// common table expression named after a table hides the table from the statement, its subqueries
/// included: the statement gets one per table it names (<see cref="ScopedTables"/>'s shadows), each
/// reading the database's table by its qualified name through the scope's accounts, with the scope's
/// lists bound as values after the statement's own. So, as on DuckDB, whoever wrote the statement,
/// it reads only what the scope may read.
/// </summary>
internal static class ScopedStatement
{
    public static (string Sql, IReadOnlyList<object?> Values) Restrict(
        ScopedTables tables, string statement, IReadOnlyList<object?> values, IReadScope? scope, string database, SqlDialect dialect)
    {
        if (scope is null || scope.ReadsEverything)
        {
            return (statement, values);
        }
        var tokens = SqlTokens.Of(statement);
        var named = tokens.Where(t => t.Kind == SqlTokenKind.Identifier).Select(t => t.Text).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var applying = tables.Shadows.Where(s => s.Applies(scope)).ToList();
        RefuseQualified(tokens, applying);
        var shadows = Needed(applying, named);
        var bound = values.ToList();
        var expressions = new List<string>();
        if (!scope.IsUnrestricted)
        {
            expressions.Add(ScopeAccounts(scope, database, dialect, bound));
        }
        expressions.AddRange(shadows.Select(shadow =>
        {
            var where = scope.IsUnrestricted ? "" : $" WHERE {shadow.Key} {dialect.InSubquery} (SELECT {shadow.Key} FROM {shadow.Source})";
            var table = SqlIdentifier.Quote(shadow.Table);
            return $"{table} AS (SELECT {shadow.Columns(scope, "CAST(NULL AS Nullable(String))")} FROM {SqlIdentifier.Quote(database)}.{table}{where})";
        }));
        if (expressions.Count == 0)
        {
            return (statement, values);
        }
        var with = string.Join(",\n     ", expressions);
        return tokens is [var first, ..] && first.Is("with")
            ? ($"WITH {with},\n{statement[first.End..].TrimStart()}", bound)
            : ($"WITH {with}\n{statement}", bound);
    }

    /// <summary>
    /// A table named with its database (reporting.fact_ticket) is the table itself, past its shadow:
    /// a scoped statement must name the tables it reads alone.
    /// </summary>
    private static void RefuseQualified(IReadOnlyList<SqlToken> tokens, List<ScopedTables.Shadow> shadows)
    {
        for (var i = 2; i < tokens.Count; i++)
        {
            if (tokens[i - 1].Kind == SqlTokenKind.Dot && tokens[i - 2].Kind == SqlTokenKind.Identifier
                && shadows.Any(s => tokens[i].Is(s.Table)))
            {
                throw new InvalidOperationException(
                    $"A scoped read names {tokens[i - 2].Text}.{tokens[i].Text}: name the table alone, so that it reads through the caller's scope.");
            }
        }
    }

    /// <summary>The shadows of the tables named, with those their restriction reads (responses, tickets), in the shadows' order.</summary>
    private static List<ScopedTables.Shadow> Needed(List<ScopedTables.Shadow> shadows, HashSet<string> named)
    {
        var wanted = shadows.Where(s => named.Contains(s.Table)).ToList();
        var sources = wanted.Select(s => s.Source).ToHashSet(StringComparer.Ordinal);
        return shadows.Where(s => wanted.Contains(s) || sources.Contains(s.Table)).ToList();
    }

    private static string ScopeAccounts(IReadScope scope, string database, SqlDialect dialect, List<object?> bound)
    {
        bound.Add(scope.Csms.ToArray());
        var csms = dialect.TextRows(dialect.Placeholder(bound.Count, bound[^1]));
        bound.Add(scope.Accounts.ToArray());
        var accounts = dialect.TextRows(dialect.Placeholder(bound.Count, bound[^1]));
        return $"scope_account AS (SELECT account_id FROM {SqlIdentifier.Quote(database)}.dim_account " +
               $"WHERE {dialect.Lower("trim(csm)")} IN {csms} OR account_id IN {accounts})";
    }
}
