namespace MlKata.Katas;

public static class EditDistance
{
    public static int Levenshtein(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        // The distance is symmetric: let b be the shorter string so the rows are as short as possible.
        if (b.Length > a.Length) (a, b) = (b, a);

        // previous[j] = distance between a[..i-1] and b[..j]; current is row i.
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) previous[j] = j;

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            char ca = a[i - 1];
            for (int j = 1; j <= b.Length; j++)
            {
                int substitute = previous[j - 1] + (ca == b[j - 1] ? 0 : 1);
                int delete = previous[j] + 1;
                int insert = current[j - 1] + 1;
                current[j] = Math.Min(substitute, Math.Min(delete, insert));
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
