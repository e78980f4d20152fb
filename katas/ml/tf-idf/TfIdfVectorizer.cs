namespace MlKata.Katas;

/// <summary>scikit-learn's TfidfVectorizer with its default settings. See README.md.</summary>
public sealed class TfIdfVectorizer
{
    public void Fit(string[] documents) =>
        throw new NotImplementedException("The tf-idf kata is not implemented yet: write TfIdfVectorizer.Fit.");

    public double[][] Transform(string[] documents) =>
        throw new NotImplementedException("The tf-idf kata is not implemented yet: write TfIdfVectorizer.Transform.");

    public IReadOnlyList<string> Vocabulary =>
        throw new NotImplementedException("The tf-idf kata is not implemented yet: write TfIdfVectorizer.Vocabulary.");
}
