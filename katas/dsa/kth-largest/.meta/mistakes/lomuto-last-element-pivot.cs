// Mistake: textbook quickselect with the last element as pivot: an already sorted input peels off one element per pass, O(n²).
// Expect: none
namespace MlKata.Katas;

public static class KthLargest
{
    public static int Find(int[] values, int k)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length == 0) throw new ArgumentException("empty", nameof(values));
        if (k < 1 || k > values.Length) throw new ArgumentOutOfRangeException(nameof(k));
        int[] a = (int[])values.Clone();
        int target = a.Length - k, lo = 0, hi = a.Length - 1;
        while (lo < hi)
        {
            int pivot = a[hi], store = lo;
            for (int i = lo; i < hi; i++)
            {
                if (a[i] < pivot)
                {
                    (a[i], a[store]) = (a[store], a[i]);
                    store++;
                }
            }
            (a[store], a[hi]) = (a[hi], a[store]);
            if (store == target) return a[store];
            if (store < target) lo = store + 1; else hi = store - 1;
        }
        return a[lo];
    }
}
