namespace MlKata.Katas;

/// <summary>Ridge and lasso linear regression without an intercept. See README.md.</summary>
public static class RegularizedRegression
{
    public static double[] Ridge(double[][] x, double[] y, double alpha) =>
        throw new NotImplementedException("The regularized-regression kata is not implemented yet: write RegularizedRegression.Ridge.");

    public static double[] Lasso(double[][] x, double[] y, double alpha, int maxIterations = 1000, double tolerance = 1e-6) =>
        throw new NotImplementedException("The regularized-regression kata is not implemented yet: write RegularizedRegression.Lasso.");
}
