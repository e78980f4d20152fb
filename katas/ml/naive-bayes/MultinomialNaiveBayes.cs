namespace MlKata.Katas;

/// <summary>Multinomial naive Bayes over feature counts, as scikit-learn's MultinomialNB. See README.md.</summary>
public sealed class MultinomialNaiveBayes
{
    public MultinomialNaiveBayes(double alpha = 1.0) =>
        throw new NotImplementedException("The naive-bayes kata is not implemented yet: write MultinomialNaiveBayes.MultinomialNaiveBayes.");

    public void Fit(int[][] counts, int[] y) =>
        throw new NotImplementedException("The naive-bayes kata is not implemented yet: write MultinomialNaiveBayes.Fit.");

    public double[][] PredictLogProbability(int[][] counts) =>
        throw new NotImplementedException("The naive-bayes kata is not implemented yet: write MultinomialNaiveBayes.PredictLogProbability.");

    public int[] Predict(int[][] counts) =>
        throw new NotImplementedException("The naive-bayes kata is not implemented yet: write MultinomialNaiveBayes.Predict.");
}
