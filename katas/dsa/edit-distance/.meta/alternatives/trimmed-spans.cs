namespace MlKata.Katas;

public static class EditDistance
{
    public static int Levenshtein(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);

        ReadOnlySpan<char> source = a, target = b;

        // A shared prefix or suffix never needs an edit, so only the differing middle is compared.
        int prefix = source.CommonPrefixLength(target);
        source = source[prefix..];
        target = target[prefix..];
        int suffix = 0;
        while (suffix < source.Length && suffix < target.Length
               && source[source.Length - 1 - suffix] == target[target.Length - 1 - suffix])
        {
            suffix++;
        }
        source = source[..^suffix];
        target = target[..^suffix];

        if (source.IsEmpty) return target.Length;
        if (target.IsEmpty) return source.Length;
        if (target.Length > source.Length)
        {
            var longer = target;
            target = source;
            source = longer;
        }

        Span<int> previousRow = new int[target.Length + 1];
        Span<int> currentRow = new int[target.Length + 1];
        for (int column = 0; column < previousRow.Length; column++) previousRow[column] = column;

        for (int row = 1; row <= source.Length; row++)
        {
            currentRow[0] = row;
            for (int column = 1; column <= target.Length; column++)
            {
                int substitution = previousRow[column - 1] + (source[row - 1] == target[column - 1] ? 0 : 1);
                int deletion = previousRow[column] + 1;
                int insertion = currentRow[column - 1] + 1;
                currentRow[column] = Math.Min(substitution, Math.Min(deletion, insertion));
            }
            var finished = currentRow;
            currentRow = previousRow;
            previousRow = finished;
        }
        return previousRow[target.Length];
    }
}
