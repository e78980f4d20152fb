namespace MlKata.Katas;

public static class DecisionTreeSplit
{
    public static double Gini(int[] labels)
    {
        RequireNonEmpty(labels, nameof(labels));
        double n = labels.Length, sumOfSquares = 0;
        foreach (int count in ClassCounts(labels).Values) sumOfSquares += (double)count * count;
        return 1.0 - sumOfSquares / (n * n);
    }

    public static double Entropy(int[] labels)
    {
        RequireNonEmpty(labels, nameof(labels));
        double n = labels.Length, entropy = 0;
        foreach (int count in ClassCounts(labels).Values)   // only classes that occur: no 0 * log 0
        {
            double p = count / n;
            entropy -= p * Math.Log2(p);
        }
        return entropy;
    }

    public static (int Feature, double Threshold, double Gain) BestSplit(double[][] x, int[] y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Length == 0) throw new ArgumentException("There are no samples to split.", nameof(x));
        if (y.Length != x.Length) throw new ArgumentException($"y has {y.Length} labels but x has {x.Length} rows.", nameof(y));
        int n = x.Length, features = x[0]?.Length ?? 0;
        for (int i = 0; i < n; i++)
        {
            if (x[i] is null || x[i].Length != features)
                throw new ArgumentException($"Row {i} does not have {features} features like row 0.", nameof(x));
            for (int f = 0; f < features; f++)
                if (double.IsNaN(x[i][f])) throw new ArgumentException($"x[{i}][{f}] is NaN.", nameof(x));
        }

        // Relabel the classes 0..k-1 so the sweep can keep counts in arrays.
        var classIndex = new Dictionary<int, int>();
        var cls = new int[n];
        for (int i = 0; i < n; i++)
        {
            if (!classIndex.TryGetValue(y[i], out int c)) classIndex[y[i]] = c = classIndex.Count;
            cls[i] = c;
        }
        var total = new long[classIndex.Count];
        foreach (int c in cls) total[c]++;
        long totalSquares = 0;
        foreach (long count in total) totalSquares += count * count;
        double parentGini = 1.0 - (double)totalSquares / ((double)n * n);

        var left = new long[total.Length];
        var keys = new double[n];
        var order = new int[n];
        (int Feature, double Threshold, double Gain) best = (-1, double.NaN, 0.0);
        double bestGain = double.NegativeInfinity;

        for (int f = 0; f < features; f++)
        {
            for (int i = 0; i < n; i++) { keys[i] = x[i][f]; order[i] = i; }
            Array.Sort(keys, order);
            Array.Clear(left);
            // Sums of squared class counts on each side, updated in O(1) per moved sample.
            long leftSquares = 0, rightSquares = totalSquares;
            for (int i = 0; i < n - 1; i++)
            {
                int c = cls[order[i]];
                long right = total[c] - left[c];
                leftSquares += 2 * left[c] + 1;     // (l + 1)^2 - l^2
                rightSquares -= 2 * right - 1;      // r^2 - (r - 1)^2
                left[c]++;
                if (keys[i] == keys[i + 1]) continue;   // equal values cannot be separated

                double nLeft = i + 1, nRight = n - nLeft;
                // (nL/n)(1 - sL/nL^2) + (nR/n)(1 - sR/nR^2) = 1 - (sL/nL + sR/nR)/n
                double weighted = 1.0 - (leftSquares / nLeft + rightSquares / nRight) / n;
                double gain = parentGini - weighted;
                // Strictly better only (with room for rounding), so ties keep the earlier
                // feature and the lower threshold.
                if (gain > bestGain + 1e-12)
                {
                    bestGain = gain;
                    best = (f, keys[i] + (keys[i + 1] - keys[i]) / 2, gain);
                }
            }
        }
        return best;
    }

    private static Dictionary<int, int> ClassCounts(int[] labels)
    {
        var counts = new Dictionary<int, int>();
        foreach (int label in labels) counts[label] = counts.GetValueOrDefault(label) + 1;
        return counts;
    }

    private static void RequireNonEmpty(int[] labels, string paramName)
    {
        ArgumentNullException.ThrowIfNull(labels, paramName);
        if (labels.Length == 0) throw new ArgumentException("There are no labels; the impurity is undefined.", paramName);
    }
}
