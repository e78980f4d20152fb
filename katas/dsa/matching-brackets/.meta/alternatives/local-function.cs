namespace MlKata.Katas;

public static class Brackets
{
    private const string Openers = "([{";
    private const string Closers = ")]}";

    public static bool IsBalanced(string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        var openBrackets = new Stack<int>(); // the kind (0, 1, 2) of each bracket still open
        bool balanced = true;
        for (int index = 0; index < text.Length && balanced; index++)
        {
            char character = text[index];
            int openerKind = Openers.IndexOf(character);
            int closerKind = Closers.IndexOf(character);
            if (openerKind >= 0) openBrackets.Push(openerKind);
            else if (closerKind >= 0) balanced = ClosesInnermost(closerKind);
        }
        return balanced && openBrackets.Count == 0;

        bool ClosesInnermost(int kind) => openBrackets.TryPop(out int innermost) && innermost == kind;
    }
}
