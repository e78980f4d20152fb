using System.Text;

namespace MlKata.Katas;

public static class TableOps
{
    public static List<string[]> ParseCsv(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var recs = new List<string[]>();
        int i = 0, n = text.Length, ln = 1;
        while (i < n)
        {
            int br = Br(i);
            if (br > 0) { i += br; ln++; continue; } // blank line
            var rec = new List<string>();
            while (true)
            {
                rec.Add(Field());
                if (i < n && text[i] == ',') { i++; continue; }
                if (i < n) { i += Br(i); ln++; }
                break;
            }
            recs.Add(rec.ToArray());
        }
        return recs;

        int Br(int at) => text[at] == '\n' ? 1 : text[at] == '\r' && at + 1 < n && text[at + 1] == '\n' ? 2 : 0;

        string Field()
        {
            string head = "";
            if (i < n && text[i] == '"')
            {
                int opened = ln;
                var sb = new StringBuilder();
                for (i++; ; )
                {
                    if (i >= n) throw new FormatException($"unterminated quote opened on line {opened}");
                    if (text[i] == '"')
                    {
                        if (i + 1 < n && text[i + 1] == '"') { sb.Append('"'); i += 2; continue; }
                        i++;
                        break;
                    }
                    if (text[i] == '\n') ln++;
                    sb.Append(text[i++]);
                }
                head = sb.ToString();
            }
            int s = i;
            while (i < n && text[i] != ',' && Br(i) == 0) i++;
            return head + text.Substring(s, i - s);
        }
    }

    public static Dictionary<string, double> GroupSum(IEnumerable<(string Key, double Value)> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var acc = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (k, v) in rows)
        {
            if (k is null) throw new ArgumentNullException(nameof(rows), "null key");
            acc[k] = acc.TryGetValue(k, out double s) ? s + v : v;
        }
        return acc;
    }

    public static double?[] FillMissingWithMean(double?[] column)
    {
        ArgumentNullException.ThrowIfNull(column);
        double s = 0;
        int c = 0;
        for (int i = 0; i < column.Length; i++)
            if (column[i].HasValue) { s += column[i]!.Value; c++; }
        var res = new double?[column.Length];
        for (int i = 0; i < column.Length; i++)
            res[i] = column[i] ?? (c == 0 ? null : s / c);
        return res;
    }
}
