using System.Text.RegularExpressions;

namespace MlKata.Katas;

public sealed class TfIdfVectorizer
{
    private static readonly Regex Tok = new(@"\b\w\w+\b");

    private List<string>? _vocab;
    private Dictionary<string, int>? _col;
    private double[]? _idf;

    public void Fit(string[] documents)
    {
        Check(documents);
        var df = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var d in documents)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal); // per document: df counts documents
            foreach (var t in Tokens(d))
                if (seen.Add(t)) df[t] = df.TryGetValue(t, out int c) ? c + 1 : 1;
        }
        if (df.Count == 0) throw new ArgumentException("empty vocabulary", nameof(documents));

        var v = new List<string>(df.Keys);
        v.Sort(StringComparer.Ordinal);
        int n = documents.Length;
        var col = new Dictionary<string, int>(StringComparer.Ordinal);
        var idf = new double[v.Count];
        for (int j = 0; j < v.Count; j++)
        {
            col[v[j]] = j;
            idf[j] = 1 + Math.Log((n + 1.0) / (df[v[j]] + 1.0));
        }
        (_vocab, _col, _idf) = (v, col, idf);
    }

    public double[][] Transform(string[] documents)
    {
        if (_col is null || _idf is null) throw new InvalidOperationException("not fitted");
        Check(documents);
        var x = new double[documents.Length][];
        for (int i = 0; i < documents.Length; i++)
        {
            var w = new double[_idf.Length];
            foreach (var t in Tokens(documents[i]))
                if (_col.TryGetValue(t, out int j)) w[j] += _idf[j]; // count * idf, one occurrence at a time
            double ss = 0;
            foreach (double a in w) ss += a * a;
            if (ss > 0)
            {
                double inv = 1 / Math.Sqrt(ss);
                for (int j = 0; j < w.Length; j++) w[j] *= inv;
            }
            x[i] = w;
        }
        return x;
    }

    public IReadOnlyList<string> Vocabulary => _vocab?.AsReadOnly() ?? throw new InvalidOperationException("not fitted");

    private static List<string> Tokens(string doc)
    {
        string s = doc.ToLowerInvariant();
        var res = new List<string>();
        var e = Tok.EnumerateMatches(s);
        while (e.MoveNext())
        {
            var m = e.Current;
            res.Add(s.Substring(m.Index, m.Length));
        }
        return res;
    }

    private static void Check(string[] documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        foreach (var d in documents)
            if (d is null) throw new ArgumentNullException(nameof(documents), "null document");
    }
}
