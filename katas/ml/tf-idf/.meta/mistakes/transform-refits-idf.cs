// Mistake: Transform recomputes document frequencies from the documents it is given instead of using Fit's, so the same document gets different weights depending on what it is batched with.
// Expect: MLK1303
using System.Text.RegularExpressions;

namespace MlKata.Katas;

public sealed class TfIdfVectorizer
{
    private List<string>? _vocabulary;
    private Dictionary<string, int>? _index;
    private double[]? _idf;

    public void Fit(string[] documents)
    {
        Validate(documents);
        (_vocabulary, _index, _idf) = Learn(documents);
    }

    public double[][] Transform(string[] documents)
    {
        if (_index is null || _idf is null) throw new InvalidOperationException("not fitted");
        Validate(documents);
        var index = _index;
        // document frequencies of the known terms in this batch
        var batchDf = new int[_idf.Length];
        foreach (var document in documents)
            foreach (var term in Tokenize(document).Distinct(StringComparer.Ordinal))
                if (index.TryGetValue(term, out int k)) batchDf[k]++;
        var idf = batchDf.Select(c => Math.Log((1.0 + documents.Length) / (1.0 + c)) + 1.0).ToArray();
        var rows = new double[documents.Length][];
        for (int i = 0; i < documents.Length; i++)
        {
            var row = new double[idf.Length];
            foreach (var term in Tokenize(documents[i]))
                if (index.TryGetValue(term, out int j)) row[j]++;
            for (int j = 0; j < row.Length; j++) row[j] *= idf[j];
            double norm = Math.Sqrt(row.Sum(v => v * v));
            if (norm > 0)
                for (int j = 0; j < row.Length; j++) row[j] /= norm;
            rows[i] = row;
        }
        return rows;
    }

    public IReadOnlyList<string> Vocabulary => _vocabulary ?? throw new InvalidOperationException("not fitted");

    private static (List<string>, Dictionary<string, int>, double[]) Learn(string[] documents)
    {
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var document in documents)
            foreach (var term in Tokenize(document).Distinct(StringComparer.Ordinal))
                df[term] = df.GetValueOrDefault(term) + 1;
        if (df.Count == 0) throw new ArgumentException("empty vocabulary", nameof(documents));
        var vocabulary = df.Keys.Order(StringComparer.Ordinal).ToList();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var idf = new double[vocabulary.Count];
        int n = documents.Length;
        for (int j = 0; j < vocabulary.Count; j++)
        {
            index[vocabulary[j]] = j;
            idf[j] = Math.Log((1.0 + n) / (1.0 + df[vocabulary[j]])) + 1.0;
        }
        return (vocabulary, index, idf);
    }

    private static IEnumerable<string> Tokenize(string document) =>
        Regex.Matches(document.ToLowerInvariant(), @"\b\w\w+\b").Select(m => m.Value);

    private static void Validate(string[] documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (documents.Any(d => d is null)) throw new ArgumentNullException(nameof(documents));
    }
}
