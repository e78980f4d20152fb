namespace MlKata.Katas;

/// <summary>Linear regression trained by full-batch gradient descent on mean squared error. See README.md.</summary>
public sealed class LinearRegression
{
    public LinearRegression(double learningRate = 0.01, int epochs = 1000) =>
        throw new NotImplementedException("The linear-regression kata is not implemented yet: write LinearRegression.LinearRegression.");

    public void Fit(double[][] x, double[] y) =>
        throw new NotImplementedException("The linear-regression kata is not implemented yet: write LinearRegression.Fit.");

    public double[] Predict(double[][] x) =>
        throw new NotImplementedException("The linear-regression kata is not implemented yet: write LinearRegression.Predict.");

    public double[] Weights =>
        throw new NotImplementedException("The linear-regression kata is not implemented yet: write LinearRegression.Weights.");

    public double Bias =>
        throw new NotImplementedException("The linear-regression kata is not implemented yet: write LinearRegression.Bias.");
}
