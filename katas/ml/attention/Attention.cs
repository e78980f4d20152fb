namespace MlKata.Katas;

/// <summary>Scaled dot-product attention for a single head. See README.md.</summary>
public static class Attention
{
    public static double[][] ScaledDotProduct(double[][] q, double[][] k, double[][] v, bool causal = false) =>
        throw new NotImplementedException("The attention kata is not implemented yet: write Attention.ScaledDotProduct.");
}
