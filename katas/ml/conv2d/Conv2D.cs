namespace MlKata.Katas;

/// <summary>Single-channel 2-D convolution and max pooling, as in a CNN layer. See README.md.</summary>
public static class Conv2D
{
    public static double[,] Convolve(double[,] input, double[,] kernel, int stride = 1, int padding = 0) =>
        throw new NotImplementedException("The conv2d kata is not implemented yet: write Conv2D.Convolve.");

    public static double[,] MaxPool(double[,] input, int size, int stride) =>
        throw new NotImplementedException("The conv2d kata is not implemented yet: write Conv2D.MaxPool.");
}
