namespace MlKata.Katas;

/// <summary>Binary logistic regression trained by full-batch gradient descent. See README.md.</summary>
public sealed class LogisticRegression
{
    public LogisticRegression(double learningRate = 0.1, int epochs = 1000, double l2 = 0.0) =>
        throw new NotImplementedException("The logistic-regression kata is not implemented yet: write LogisticRegression.LogisticRegression.");

    public void Fit(double[][] x, int[] y) =>
        throw new NotImplementedException("The logistic-regression kata is not implemented yet: write LogisticRegression.Fit.");

    public double[] PredictProbability(double[][] x) =>
        throw new NotImplementedException("The logistic-regression kata is not implemented yet: write LogisticRegression.PredictProbability.");

    public int[] Predict(double[][] x) =>
        throw new NotImplementedException("The logistic-regression kata is not implemented yet: write LogisticRegression.Predict.");

    public double[] Weights =>
        throw new NotImplementedException("The logistic-regression kata is not implemented yet: write LogisticRegression.Weights.");

    public double Bias =>
        throw new NotImplementedException("The logistic-regression kata is not implemented yet: write LogisticRegression.Bias.");
}
