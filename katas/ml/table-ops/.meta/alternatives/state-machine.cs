using System.Text;

namespace MlKata.Katas;

public static class TableOps
{
    private enum ParserState { RecordStart, FieldStart, Unquoted, Quoted, AfterClosingQuote }

    public static List<string[]> ParseCsv(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var records = new List<string[]>();
        var currentRecord = new List<string>();
        var currentField = new StringBuilder();
        var state = ParserState.RecordStart;
        int position = 0, lineNumber = 1, lineWhereQuoteOpened = 0;

        while (position < text.Length)
        {
            char character = text[position];
            int lineBreakLength = LineBreakLength(text, position);
            switch (state)
            {
                case ParserState.RecordStart:
                    if (lineBreakLength > 0) { position += lineBreakLength; lineNumber++; } // a blank line
                    else state = ParserState.FieldStart;
                    break;

                case ParserState.FieldStart:
                    if (character == '"')
                    {
                        state = ParserState.Quoted;
                        lineWhereQuoteOpened = lineNumber;
                        position++;
                    }
                    else state = ParserState.Unquoted;
                    break;

                case ParserState.Unquoted:
                case ParserState.AfterClosingQuote: // leniently, text after a closing quote is kept
                    if (character == ',')
                    {
                        EndField();
                        state = ParserState.FieldStart;
                        position++;
                    }
                    else if (lineBreakLength > 0)
                    {
                        EndField();
                        EndRecord();
                        state = ParserState.RecordStart;
                        position += lineBreakLength;
                        lineNumber++;
                    }
                    else
                    {
                        currentField.Append(character);
                        position++;
                    }
                    break;

                case ParserState.Quoted:
                    if (character == '"' && position + 1 < text.Length && text[position + 1] == '"')
                    {
                        currentField.Append('"');
                        position += 2;
                    }
                    else if (character == '"')
                    {
                        state = ParserState.AfterClosingQuote;
                        position++;
                    }
                    else
                    {
                        if (character == '\n') lineNumber++;
                        currentField.Append(character);
                        position++;
                    }
                    break;
            }
        }

        switch (state)
        {
            case ParserState.Quoted:
                throw new FormatException($"Unterminated quoted field: the quote opened on line {lineWhereQuoteOpened} never closes.");
            case ParserState.FieldStart or ParserState.Unquoted or ParserState.AfterClosingQuote:
                EndField();
                EndRecord();
                break;
        }
        return records;

        void EndField()
        {
            currentRecord.Add(currentField.ToString());
            currentField.Clear();
        }

        void EndRecord()
        {
            records.Add(currentRecord.ToArray());
            currentRecord.Clear();
        }
    }

    public static Dictionary<string, double> GroupSum(IEnumerable<(string Key, double Value)> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return rows
            .Select(row => row.Key is null ? throw new ArgumentNullException(nameof(rows), "A row has a null key.") : row)
            .GroupBy(row => row.Key, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Sum(row => row.Value), StringComparer.Ordinal);
    }

    public static double?[] FillMissingWithMean(double?[] column)
    {
        ArgumentNullException.ThrowIfNull(column);
        var presentValues = column.Where(value => value.HasValue).Select(value => value!.Value).ToList();
        if (presentValues.Count == 0) return column.ToArray();
        double mean = presentValues.Average();
        return column.Select(value => value ?? mean).Select(value => (double?)value).ToArray();
    }

    private static int LineBreakLength(string text, int position) => text[position] switch
    {
        '\n' => 1,
        '\r' when position + 1 < text.Length && text[position + 1] == '\n' => 2,
        _ => 0,
    };
}
