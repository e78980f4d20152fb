namespace MlKata.Katas;

/// <summary>Top-k retrieval of item embeddings by dot product with a query. See README.md.</summary>
public static class EmbeddingRetrieval
{
    public static int[] TopK(double[] query, double[][] items, int k) =>
        throw new NotImplementedException("The embedding-retrieval kata is not implemented yet: write EmbeddingRetrieval.TopK.");
}
