using System.Text.RegularExpressions;

namespace MlKata.Katas;

public sealed class TfIdfVectorizer
{
    private static readonly Regex Token = new(@"\b\w\w+\b");

    private IReadOnlyList<string>? _vocabulary;
    private Dictionary<string, int>? _column;
    private double[]? _idf;

    public void Fit(string[] documents)
    {
        CheckDocuments(documents);

        // Document frequency: each term counted once per document that contains it.
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string document in documents)
        {
            seen.Clear();
            foreach (string term in Tokens(document))
                if (seen.Add(term))
                    documentFrequency[term] = documentFrequency.GetValueOrDefault(term) + 1;
        }
        if (documentFrequency.Count == 0)
            throw new ArgumentException(
                "The vocabulary is empty: the documents contain no token of two or more word characters.", nameof(documents));

        var vocabulary = documentFrequency.Keys.ToArray();
        Array.Sort(vocabulary, StringComparer.Ordinal);

        int n = documents.Length;
        var column = new Dictionary<string, int>(vocabulary.Length, StringComparer.Ordinal);
        var idf = new double[vocabulary.Length];
        for (int j = 0; j < vocabulary.Length; j++)
        {
            column[vocabulary[j]] = j;
            idf[j] = Math.Log((1.0 + n) / (1.0 + documentFrequency[vocabulary[j]])) + 1.0;
        }

        _vocabulary = Array.AsReadOnly(vocabulary);
        _column = column;
        _idf = idf;
    }

    public double[][] Transform(string[] documents)
    {
        if (_column is null || _idf is null)
            throw new InvalidOperationException("The vectorizer is not fitted yet: call Fit first.");
        CheckDocuments(documents);

        var rows = new double[documents.Length][];
        for (int i = 0; i < documents.Length; i++)
        {
            var row = new double[_idf.Length];
            foreach (string term in Tokens(documents[i]))
                if (_column.TryGetValue(term, out int j))
                    row[j] += 1.0; // raw counts first

            double squares = 0;
            for (int j = 0; j < row.Length; j++)
            {
                row[j] *= _idf[j];
                squares += row[j] * row[j];
            }
            if (squares > 0) // no known term: leave the row at zero rather than divide 0 by 0
            {
                double norm = Math.Sqrt(squares);
                for (int j = 0; j < row.Length; j++) row[j] /= norm;
            }
            rows[i] = row;
        }
        return rows;
    }

    public IReadOnlyList<string> Vocabulary =>
        _vocabulary ?? throw new InvalidOperationException("The vectorizer is not fitted yet: call Fit first.");

    private static IEnumerable<string> Tokens(string document)
    {
        foreach (Match match in Token.Matches(document.ToLowerInvariant()))
            yield return match.Value;
    }

    private static void CheckDocuments(string[] documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        for (int i = 0; i < documents.Length; i++)
            if (documents[i] is null) throw new ArgumentNullException(nameof(documents), $"documents[{i}] is null.");
    }
}
