using System.Runtime.InteropServices;
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
        int n = text.Length, i = 0, line = 1;

        while (i < n)
        {
            // A blank line between records is skipped (inside quotes it would be data).
            int breakLength = LineBreakAt(text, i);
            if (breakLength > 0)
            {
                i += breakLength;
                line++;
                continue;
            }

            fields.Clear();
            while (true)
            {
                field.Clear();
                if (i < n && text[i] == '"')
                {
                    int openedOn = line;
                    i++;
                    while (true)
                    {
                        if (i >= n)
                            throw new FormatException($"Unterminated quoted field: the quote opened on line {openedOn} is never closed.");
                        char c = text[i];
                        if (c == '"')
                        {
                            if (i + 1 < n && text[i + 1] == '"') { field.Append('"'); i += 2; continue; } // "" is a literal quote
                            i++;
                            break;
                        }
                        if (c == '\n') line++;
                        field.Append(c); // commas, CR and LF are data inside quotes
                        i++;
                    }
                }
                // Unquoted text (or, leniently, anything after a closing quote) runs to a comma or line break.
                while (i < n && text[i] != ',' && LineBreakAt(text, i) == 0) field.Append(text[i++]);
                fields.Add(field.ToString());

                if (i < n && text[i] == ',') { i++; continue; }
                if (i < n) { i += LineBreakAt(text, i); line++; }
                break;
            }
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
            if (key is null) throw new ArgumentNullException(nameof(rows), "A row has a null key.");
            CollectionsMarshal.GetValueRefOrAddDefault(sums, key, out _) += value; // one lookup per row
        }
        return sums;
    }

    public static double?[] FillMissingWithMean(double?[] column)
    {
        ArgumentNullException.ThrowIfNull(column);
        double sum = 0;
        int present = 0;
        foreach (double? value in column)
        {
            if (value is double v) { sum += v; present++; }
        }

        var filled = (double?[])column.Clone();
        if (present == 0) return filled; // nothing to average: an all-missing column stays missing
        double mean = sum / present;
        for (int i = 0; i < filled.Length; i++) filled[i] ??= mean;
        return filled;
    }

    // 2 for CRLF, 1 for LF, 0 otherwise.
    private static int LineBreakAt(string text, int i) =>
        text[i] == '\n' ? 1
        : text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2
        : 0;
}
