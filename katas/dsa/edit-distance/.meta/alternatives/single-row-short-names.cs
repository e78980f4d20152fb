namespace MlKata.Katas;

public static class EditDistance
{
    public static int Levenshtein(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Length < b.Length) (a, b) = (b, a); // the row runs over the shorter string

        int m = a.Length, n = b.Length;
        var dp = new int[n + 1];
        for (int j = 0; j <= n; j++) dp[j] = j;

        for (int i = 1; i <= m; i++)
        {
            int diag = dp[0]; // d[i-1, j-1]
            dp[0] = i;
            for (int j = 1; j <= n; j++)
            {
                int up = dp[j]; // d[i-1, j], about to be overwritten
                int sub = diag + (a[i - 1] == b[j - 1] ? 0 : 1);
                dp[j] = Math.Min(sub, Math.Min(up, dp[j - 1]) + 1);
                diag = up;
            }
        }
        return dp[n];
    }
}
