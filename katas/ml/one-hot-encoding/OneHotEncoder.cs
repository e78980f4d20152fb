namespace MlKata.Katas;

/// <summary>One-hot encodes a single categorical string feature. See README.md.</summary>
public sealed class OneHotEncoder
{
    public void Fit(string[] values) =>
        throw new NotImplementedException("The one-hot-encoding kata is not implemented yet: write OneHotEncoder.Fit.");

    public double[][] Transform(string[] values) =>
        throw new NotImplementedException("The one-hot-encoding kata is not implemented yet: write OneHotEncoder.Transform.");

    public IReadOnlyList<string> Categories =>
        throw new NotImplementedException("The one-hot-encoding kata is not implemented yet: write OneHotEncoder.Categories.");
}
