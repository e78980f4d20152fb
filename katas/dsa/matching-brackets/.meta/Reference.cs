namespace MlKata.Katas;

public static class Brackets
{
    public static bool IsBalanced(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // The closers still owed, innermost on top.
        var owed = new Stack<char>();
        foreach (char c in text)
        {
            switch (c)
            {
                case '(': owed.Push(')'); break;
                case '[': owed.Push(']'); break;
                case '{': owed.Push('}'); break;
                case ')' or ']' or '}':
                    if (owed.Count == 0 || owed.Pop() != c) return false; // nothing open, or the wrong kind
                    break;
                // every other character is ignored
            }
        }
        return owed.Count == 0; // an opener never closed is unbalanced too
    }
}
