// Mistake: recursion on the last characters without remembering solved prefix pairs; correct, but it recomputes them exponentially often.
// Expect: MLK1407
namespace MlKata.Katas;

public static class EditDistance
{
    public static int Levenshtein(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return Distance(a, a.Length, b, b.Length);
    }

    private static int Distance(string a, int i, string b, int j)
    {
        if (i == 0) return j;
        if (j == 0) return i;
        if (a[i - 1] == b[j - 1]) return Distance(a, i - 1, b, j - 1);
        return 1 + Math.Min(Distance(a, i - 1, b, j - 1), Math.Min(Distance(a, i - 1, b, j), Distance(a, i, b, j - 1)));
    }
}
