// Mistake: entropy counts every label value between the smallest and the largest, so a value that never occurs gives p = 0 and 0 * log2(0) = 0 * -Infinity = NaN.
// Expect: MLK1106
namespace MlKata.Katas;

public static class DecisionTreeSplit
{
    public static double Gini(int[] labels)
    {
        Validate(labels);
        double n = labels.Length;
        return 1.0 - labels.GroupBy(l => l).Sum(g => (g.Count() / n) * (g.Count() / n));
    }

    public static double Entropy(int[] labels)
    {
        Validate(labels);
        double n = labels.Length;
        int min = labels.Min();
        var counts = new int[labels.Max() - min + 1];   // one slot per label value in range
        foreach (int label in labels) counts[label - min]++;
        double entropy = 0;
        foreach (int count in counts)
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
        if (x.Length == 0) throw new ArgumentException("empty", nameof(x));
        if (y.Length != x.Length) throw new ArgumentException("lengths differ", nameof(y));
        int d = x[0].Length;
        if (x.Any(row => row.Length != d || row.Any(double.IsNaN))) throw new ArgumentException("bad rows", nameof(x));
        double parent = Gini(y);
        var best = (Feature: -1, Threshold: double.NaN, Gain: 0.0);
        bool found = false;
        for (int f = 0; f < d; f++)
        {
            var pairs = x.Select((row, i) => (Value: row[f], Label: y[i])).OrderBy(p => p.Value).ToArray();
            for (int i = 0; i + 1 < pairs.Length; i++)
            {
                if (pairs[i].Value == pairs[i + 1].Value) continue;
                double threshold = (pairs[i].Value + pairs[i + 1].Value) / 2;
                int[] left = pairs.Take(i + 1).Select(p => p.Label).ToArray();
                int[] right = pairs.Skip(i + 1).Select(p => p.Label).ToArray();
                double weighted = (left.Length * Gini(left) + right.Length * Gini(right)) / pairs.Length;
                double gain = parent - weighted;
                if (!found || gain > best.Gain)
                {
                    best = (f, threshold, gain);
                    found = true;
                }
            }
        }
        return best;
    }

    private static void Validate(int[] labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        if (labels.Length == 0) throw new ArgumentException("empty", nameof(labels));
    }
}
