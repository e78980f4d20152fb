namespace MlKata.Katas;

public static class KthLargest
{
    public static int Find(int[] values, int k)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length == 0) throw new ArgumentException("values is empty", nameof(values));
        if (k < 1 || k > values.Length) throw new ArgumentOutOfRangeException(nameof(k), k, "k must be in 1..values.Length");

        var a = (int[])values.Clone();
        var rng = new Random(12345);
        int t = k - 1; // index in descending order
        int lo = 0, hi = a.Length - 1;
        while (lo < hi)
        {
            int p = a[rng.Next(lo, hi + 1)];
            int i = lo, j = hi;
            // Hoare partition, descending: left part >= p, right part <= p.
            while (i <= j)
            {
                while (a[i] > p) i++;
                while (a[j] < p) j--;
                if (i <= j) { (a[i], a[j]) = (a[j], a[i]); i++; j--; }
            }
            if (t <= j) hi = j;
            else if (t >= i) lo = i;
            else return a[t]; // j < t < i: a[t] == p
        }
        return a[t];
    }
}
