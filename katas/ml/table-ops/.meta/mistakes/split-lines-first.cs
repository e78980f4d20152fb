// Mistake: splits the text into lines before handling quotes, so a quoted field that contains a line break is cut in two and reported as an unterminated quote.
// Expect: none
using System.Text;

namespace MlKata.Katas;

public static class TableOps
{
    public static List<string[]> ParseCsv(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var records = new List<string[]>();
        string[] lines = text.Split('\n');
        for (int number = 0; number < lines.Length; number++)
        {
            string line = lines[number].TrimEnd('\r');
            if (line.Length == 0) continue;
            var fields = new List<string>();
            var field = new StringBuilder();
            bool inQuotes = false;
            for (int i = 0; i < line.Length; i++)
            {
                char c = line[i];
                if (inQuotes)
                {
                    if (c != '"') field.Append(c);
                    else if (i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
                    else inQuotes = false;
                }
                else if (c == '"' && field.Length == 0) inQuotes = true;
                else if (c == ',') { fields.Add(field.ToString()); field.Clear(); }
                else field.Append(c);
            }
            if (inQuotes) throw new FormatException($"unterminated quote on line {number + 1}");
            fields.Add(field.ToString());
            records.Add(fields.ToArray());
        }
        return records;
    }

    public static Dictionary<string, double> GroupSum(IEnumerable<(string Key, double Value)> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var sums = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (key, value) in rows)
        {
            if (key is null) throw new ArgumentNullException(nameof(rows));
            sums[key] = sums.GetValueOrDefault(key) + value;
        }
        return sums;
    }

    public static double?[] FillMissingWithMean(double?[] column)
    {
        ArgumentNullException.ThrowIfNull(column);
        var present = column.Where(v => v.HasValue).Select(v => v!.Value).ToList();
        var result = (double?[])column.Clone();
        if (present.Count == 0) return result;
        double mean = present.Sum() / present.Count;
        for (int i = 0; i < result.Length; i++)
            if (result[i] is null) result[i] = mean;
        return result;
    }
}
