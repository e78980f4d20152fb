namespace MlKata.Katas;

public static class Activations
{
    public static double Sigmoid(double z) => z switch
    {
        >= 0 => 1.0 / (1.0 + Math.Exp(-z)),      // e^-z ≤ 1 here
        _ => Math.Exp(z) / (1.0 + Math.Exp(z)),  // e^z < 1 here
    };

    public static double Relu(double z) => z > 0 ? z : 0.0;

    public static double[] Softmax(double[] logits)
    {
        RequireValues(logits, nameof(logits));
        double largestLogit = logits.Max();
        double[] shiftedExponentials = logits.Select(logit => Math.Exp(logit - largestLogit)).ToArray();
        double normaliser = shiftedExponentials.Sum();
        return shiftedExponentials.Select(weight => weight / normaliser).ToArray();
    }

    public static double LogSumExp(double[] values)
    {
        RequireValues(values, nameof(values));
        double largestValue = values.Max();
        return double.IsInfinity(largestValue)
            ? largestValue
            : largestValue + Math.Log(values.Sum(value => Math.Exp(value - largestValue)));
    }

    public static double SoftmaxCrossEntropy(double[] logits, int target)
    {
        RequireValues(logits, nameof(logits));
        if (target < 0 || target >= logits.Length)
            throw new ArgumentOutOfRangeException(nameof(target), target, "target must index one of the logits.");
        return LogSumExp(logits) - logits[target];
    }

    private static void RequireValues(double[] values, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(values, parameterName);
        if (values.Length == 0) throw new ArgumentException("At least one value is required.", parameterName);
    }
}
