// Mistake: log-sum-exp takes ln of the raw sum of exponentials, which is ln(Infinity) or ln(0) for logits near +-1000.
// Expect: MLK1101
namespace MlKata.Katas;

public static class Activations
{
    public static double Sigmoid(double z)
    {
        if (z >= 0) return 1.0 / (1.0 + Math.Exp(-z));
        double e = Math.Exp(z);
        return e / (1.0 + e);
    }

    public static double Relu(double z) => Math.Max(0.0, z);

    public static double[] Softmax(double[] logits)
    {
        Validate(logits, nameof(logits));
        double max = logits.Max();
        var result = new double[logits.Length];
        double sum = 0;
        for (int i = 0; i < logits.Length; i++)
        {
            result[i] = Math.Exp(logits[i] - max);
            sum += result[i];
        }
        for (int i = 0; i < result.Length; i++) result[i] /= sum;
        return result;
    }

    public static double LogSumExp(double[] values)
    {
        Validate(values, nameof(values));
        double sum = 0;
        foreach (double v in values) sum += Math.Exp(v);
        return Math.Log(sum);
    }

    public static double SoftmaxCrossEntropy(double[] logits, int target)
    {
        Validate(logits, nameof(logits));
        if (target < 0 || target >= logits.Length) throw new ArgumentOutOfRangeException(nameof(target));
        return LogSumExp(logits) - logits[target];
    }

    private static void Validate(double[] values, string name)
    {
        ArgumentNullException.ThrowIfNull(values, name);
        if (values.Length == 0) throw new ArgumentException("empty", name);
    }
}
