namespace MlKata.Katas;

/// <summary>A tanh hidden layer and a softmax output, trained by backpropagation. See README.md.</summary>
public sealed class TwoLayerNetwork
{
    public TwoLayerNetwork(int inputs, int hidden, int outputs, int seed) =>
        throw new NotImplementedException("The mlp-backprop kata is not implemented yet: write the TwoLayerNetwork constructor.");

    /// <summary>Hidden-layer weights, [hidden][inputs]: the live array, not a copy.</summary>
    public double[][] W1 => throw new NotImplementedException("The mlp-backprop kata is not implemented yet: write TwoLayerNetwork.W1.");

    /// <summary>Hidden-layer biases, [hidden]: the live array, not a copy.</summary>
    public double[] B1 => throw new NotImplementedException("The mlp-backprop kata is not implemented yet: write TwoLayerNetwork.B1.");

    /// <summary>Output-layer weights, [outputs][hidden]: the live array, not a copy.</summary>
    public double[][] W2 => throw new NotImplementedException("The mlp-backprop kata is not implemented yet: write TwoLayerNetwork.W2.");

    /// <summary>Output-layer biases, [outputs]: the live array, not a copy.</summary>
    public double[] B2 => throw new NotImplementedException("The mlp-backprop kata is not implemented yet: write TwoLayerNetwork.B2.");

    public double[] Forward(double[] x) =>
        throw new NotImplementedException("The mlp-backprop kata is not implemented yet: write TwoLayerNetwork.Forward.");

    public double TrainStep(double[] x, int target, double learningRate) =>
        throw new NotImplementedException("The mlp-backprop kata is not implemented yet: write TwoLayerNetwork.TrainStep.");
}
