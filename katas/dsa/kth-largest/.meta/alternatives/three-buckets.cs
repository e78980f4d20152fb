namespace MlKata.Katas;

public static class KthLargest
{
    public static int Find(int[] values, int k)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length == 0) throw new ArgumentException("There is no k-th largest of an empty array.", nameof(values));
        if (k < 1 || k > values.Length) throw new ArgumentOutOfRangeException(nameof(k), k, "k must lie in 1..values.Length.");

        var candidates = new List<int>(values);
        int rankAmongCandidates = k;
        var generator = new Random(2024);
        while (true)
        {
            int pivot = candidates[generator.Next(candidates.Count)];
            var larger = new List<int>();
            var smaller = new List<int>();
            int equalCount = 0;
            foreach (int candidate in candidates)
            {
                if (candidate > pivot) larger.Add(candidate);
                else if (candidate < pivot) smaller.Add(candidate);
                else equalCount++;
            }

            if (rankAmongCandidates <= larger.Count)
            {
                candidates = larger;
            }
            else if (rankAmongCandidates <= larger.Count + equalCount)
            {
                return pivot;
            }
            else
            {
                rankAmongCandidates -= larger.Count + equalCount;
                candidates = smaller;
            }
        }
    }
}
