// Mistake: divides the sum of the present values by the column length, as if each missing value were 0, so the imputed mean is pulled toward zero.
// Expect: none
using System.Text;

namespace MlKata.Katas;

public static class TableOps
{
    public static List<string[]> ParseCsv(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        bool inQuotes = false, quoted = false;
        int line = 1, quoteLine = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                    else inQuotes = false;
                }
                else
                {
                    if (c == '\n') line++;
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0) { inQuotes = true; quoted = true; quoteLine = line; }
            else if (c == ',') { fields.Add(field.ToString()); field.Clear(); quoted = false; }
            else if (c == '\n' || (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n'))
            {
                if (c == '\r') i++;
                line++;
                EndRecord();
            }
            else field.Append(c);
        }
        if (inQuotes) throw new FormatException($"unterminated quote on line {quoteLine}");
        EndRecord();
        return records;

        void EndRecord()
        {
            if (fields.Count == 0 && field.Length == 0 && !quoted) return; // a blank line
            fields.Add(field.ToString());
            records.Add(fields.ToArray());
            fields.Clear();
            field.Clear();
            quoted = false;
        }
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
        double mean = present.Sum() / column.Length;
        for (int i = 0; i < result.Length; i++)
            if (result[i] is null) result[i] = mean;
        return result;
    }
}
