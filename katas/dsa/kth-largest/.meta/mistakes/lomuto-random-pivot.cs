// Mistake: quickselect with a random pivot but a two-way (Lomuto) partition: when most values are equal every pass removes one element, O(n²).
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
            int p = Random.Shared.Next(lo, hi + 1);
            (a[p], a[hi]) = (a[hi], a[p]);
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
