namespace MlKata.Katas;

public static class KthLargest
{
    public static int Find(int[] values, int k)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length == 0) throw new ArgumentException("values is empty; it has no k-th largest element.", nameof(values));
        if (k < 1 || k > values.Length)
            throw new ArgumentOutOfRangeException(nameof(k), k, $"k must be between 1 and values.Length ({values.Length}).");

        // Quickselect on a copy (the caller's array stays as it was), iterative so no input can
        // overflow the stack. A random pivot makes sorted or adversarial inputs O(n) on average,
        // and the three-way partition makes runs of equal values O(n) too.
        int[] a = (int[])values.Clone();
        int target = a.Length - k; // the k-th largest sits at this index in ascending order
        int lo = 0, hi = a.Length - 1;
        while (lo < hi)
        {
            int pivot = a[Random.Shared.Next(lo, hi + 1)];
            // Invariant: a[lo..lt) < pivot, a[lt..i) == pivot, a(gt..hi] > pivot.
            int lt = lo, i = lo, gt = hi;
            while (i <= gt)
            {
                int x = a[i];
                if (x < pivot) { a[i++] = a[lt]; a[lt++] = x; }
                else if (x > pivot) { a[i] = a[gt]; a[gt--] = x; }
                else i++;
            }
            if (target < lt) hi = lt - 1;
            else if (target > gt) lo = gt + 1;
            else return pivot;
        }
        return a[lo];
    }
}
