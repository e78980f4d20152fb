namespace MlKata.Katas;

public static class LogLoss
{
    public static double Binary(int[] yTrue, double[] probabilityOfOne)
    {
        ArgumentNullException.ThrowIfNull(yTrue);
        ArgumentNullException.ThrowIfNull(probabilityOfOne);
        ReadOnlySpan<int> y = yTrue;
        ReadOnlySpan<double> p = probabilityOfOne;
        if (y.IsEmpty) throw new ArgumentException("empty", nameof(yTrue));
        if (p.Length != y.Length) throw new ArgumentException("length mismatch", nameof(probabilityOfOne));

        const double eps = 1e-15;
        double loss = 0;
        for (int i = 0; i < y.Length; i++)
        {
            if (y[i] is not (0 or 1)) throw new ArgumentException($"yTrue[{i}] = {y[i]}", nameof(yTrue));
            if (double.IsNaN(p[i]) || p[i] < 0 || p[i] > 1) throw new ArgumentException($"probabilityOfOne[{i}] = {p[i]}", nameof(probabilityOfOne));
            double q = Math.Clamp(p[i], eps, 1 - eps);
            // y·log q + (1 − y)·log(1 − q), with both logs finite after clipping.
            loss -= y[i] * Math.Log(q) + (1 - y[i]) * Math.Log(1 - q);
        }
        return loss / y.Length;
    }

    public static double Categorical(int[] yTrue, double[][] probabilities)
    {
        ArgumentNullException.ThrowIfNull(yTrue);
        ArgumentNullException.ThrowIfNull(probabilities);
        int n = yTrue.Length;
        if (n == 0) throw new ArgumentException("empty", nameof(yTrue));
        if (probabilities.Length != n) throw new ArgumentException("length mismatch", nameof(probabilities));

        double loss = 0;
        for (int i = 0; i < n; i++)
        {
            ReadOnlySpan<double> row = probabilities[i] ?? throw new ArgumentNullException(nameof(probabilities));
            foreach (double q in row)
                if (!(q >= 0 && q <= 1)) throw new ArgumentException($"row {i} has {q}", nameof(probabilities));
            int c = yTrue[i];
            if (c < 0 || c >= row.Length) throw new ArgumentException($"yTrue[{i}] = {c} outside row", nameof(yTrue));
            loss += -Math.Log(Math.Clamp(row[c], 1e-15, 1 - 1e-15));
        }
        return loss / n;
    }
}
