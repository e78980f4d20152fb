namespace MlKata.Katas;

/// <summary>Activation and loss functions that stay finite for large logits. See README.md.</summary>
public static class Activations
{
    public static double Sigmoid(double z) =>
        throw new NotImplementedException("The activations kata is not implemented yet: write Activations.Sigmoid.");

    public static double Relu(double z) =>
        throw new NotImplementedException("The activations kata is not implemented yet: write Activations.Relu.");

    public static double[] Softmax(double[] logits) =>
        throw new NotImplementedException("The activations kata is not implemented yet: write Activations.Softmax.");

    public static double LogSumExp(double[] values) =>
        throw new NotImplementedException("The activations kata is not implemented yet: write Activations.LogSumExp.");

    public static double SoftmaxCrossEntropy(double[] logits, int target) =>
        throw new NotImplementedException("The activations kata is not implemented yet: write Activations.SoftmaxCrossEntropy.");
}
