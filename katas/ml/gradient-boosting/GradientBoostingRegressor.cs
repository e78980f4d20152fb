namespace MlKata.Katas;

/// <summary>Least-squares gradient boosting of depth-1 stumps on one feature. See README.md.</summary>
public sealed class GradientBoostingRegressor
{
    public GradientBoostingRegressor(int estimators, double learningRate) =>
        throw new NotImplementedException("The gradient-boosting kata is not implemented yet: write GradientBoostingRegressor.GradientBoostingRegressor.");

    public void Fit(double[] x, double[] y) =>
        throw new NotImplementedException("The gradient-boosting kata is not implemented yet: write GradientBoostingRegressor.Fit.");

    public double[] Predict(double[] x) =>
        throw new NotImplementedException("The gradient-boosting kata is not implemented yet: write GradientBoostingRegressor.Predict.");
}
