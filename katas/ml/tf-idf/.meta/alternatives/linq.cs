using System.Text.RegularExpressions;

namespace MlKata.Katas;

public sealed class TfIdfVectorizer
{
    private static readonly Regex WordPattern = new(@"\b\w\w+\b");

    private string[]? vocabulary;
    private Dictionary<string, int>? columnOfTerm;
    private double[]? inverseDocumentFrequency;

    public void Fit(string[] documents)
    {
        RejectNulls(documents);
        var tokenSets = documents.Select(document => Tokenize(document).ToHashSet(StringComparer.Ordinal)).ToList();
        var terms = tokenSets.SelectMany(set => set).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (terms.Length == 0) throw new ArgumentException("No document has a token of two or more word characters.", nameof(documents));

        int documentCount = documents.Length;
        vocabulary = terms;
        columnOfTerm = terms.Select((term, column) => (term, column)).ToDictionary(pair => pair.term, pair => pair.column, StringComparer.Ordinal);
        inverseDocumentFrequency = terms
            .Select(term => tokenSets.Count(set => set.Contains(term)))
            .Select(documentFrequency => Math.Log((1.0 + documentCount) / (1.0 + documentFrequency)) + 1.0)
            .ToArray();
    }

    public double[][] Transform(string[] documents)
    {
        if (columnOfTerm is null || inverseDocumentFrequency is null) throw new InvalidOperationException("Call Fit first.");
        RejectNulls(documents);
        var columns = columnOfTerm;
        var idf = inverseDocumentFrequency;
        return documents.Select(document =>
        {
            var weights = new double[idf.Length];
            foreach (var group in Tokenize(document).Where(columns.ContainsKey).GroupBy(term => term, StringComparer.Ordinal))
            {
                int column = columns[group.Key];
                weights[column] = group.Count() * idf[column];
            }
            double length = Math.Sqrt(weights.Sum(weight => weight * weight));
            return length == 0 ? weights : weights.Select(weight => weight / length).ToArray();
        }).ToArray();
    }

    public IReadOnlyList<string> Vocabulary =>
        vocabulary is null ? throw new InvalidOperationException("Call Fit first.") : Array.AsReadOnly(vocabulary);

    private static IEnumerable<string> Tokenize(string document) =>
        WordPattern.Matches(document.ToLowerInvariant()).Select(match => match.Value);

    private static void RejectNulls(string[] documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (documents.Any(document => document is null)) throw new ArgumentNullException(nameof(documents), "A document is null.");
    }
}
