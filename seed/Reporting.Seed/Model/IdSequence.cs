namespace Reporting.Seed.Model;

/// <summary>Numbers the rows of one kind within one account: 1, 2, 3 … formatted by <paramref name="format"/>.</summary>
internal sealed class IdSequence(Func<int, string> format)
{
    private int last;

    public string Next() => format(++last);
}
