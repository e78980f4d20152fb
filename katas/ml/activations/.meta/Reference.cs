namespace MlKata.Katas;

public static class Activations
{
    public static double Sigmoid(double z)
    {
        // Only ever exponentiate a non-positive number: e^-|z| lies in (0, 1].
        if (z >= 0) return 1.0 / (1.0 + Math.Exp(-z));
        double e = Math.Exp(z);
        return e / (1.0 + e);
    }

    public static double Relu(double z) => z > 0 ? z : 0.0;

    public static double[] Softmax(double[] logits)
    {
        RequireNonEmpty(logits, nameof(logits));
        double max = Max(logits);
        var probabilities = new double[logits.Length];
        double sum = 0;
        for (int i = 0; i < logits.Length; i++)
        {
            probabilities[i] = Math.Exp(logits[i] - max);   // in (0, 1], the largest is exactly 1
            sum += probabilities[i];
        }
        for (int i = 0; i < probabilities.Length; i++) probabilities[i] /= sum;
        return probabilities;
    }

    public static double LogSumExp(double[] values)
    {
        RequireNonEmpty(values, nameof(values));
        double max = Max(values);
        if (double.IsInfinity(max)) return max;   // all -inf (log of zero mass), or a +inf term
        return max + Math.Log(SumOfShiftedExps(values, max));
    }

    public static double SoftmaxCrossEntropy(double[] logits, int target)
    {
        RequireNonEmpty(logits, nameof(logits));
        if ((uint)target >= (uint)logits.Length)
            throw new ArgumentOutOfRangeException(nameof(target), target, $"target must be a class index in 0..{logits.Length - 1}.");
        // -ln softmax_t = LSE(z) - z_t = (m - z_t) + ln sum e^(z_i - m): no probability is formed,
        // so nothing can underflow to 0 before the log, and large equal parts cancel exactly.
        double max = Max(logits);
        return (max - logits[target]) + Math.Log(SumOfShiftedExps(logits, max));
    }

    private static double SumOfShiftedExps(double[] values, double max)
    {
        double sum = 0;
        foreach (double v in values) sum += Math.Exp(v - max);
        return sum;
    }

    private static double Max(double[] values)
    {
        double max = values[0];
        for (int i = 1; i < values.Length; i++)
            if (values[i] > max) max = values[i];
        return max;
    }

    private static void RequireNonEmpty(double[] values, string paramName)
    {
        ArgumentNullException.ThrowIfNull(values, paramName);
        if (values.Length == 0) throw new ArgumentException("The array is empty; the result is undefined.", paramName);
    }
}
