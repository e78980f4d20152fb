// Mistake: pops on every closer without checking that something is open, so a leading closer throws InvalidOperationException instead of returning false.
// Expect: none
namespace MlKata.Katas;

public static class Brackets
{
    private static readonly Dictionary<char, char> OpenerOf = new() { [')'] = '(', [']'] = '[', ['}'] = '{' };

    public static bool IsBalanced(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var open = new Stack<char>();
        foreach (char c in text)
        {
            if (c is '(' or '[' or '{') open.Push(c);
            else if (OpenerOf.TryGetValue(c, out char opener) && open.Pop() != opener) return false;
        }
        return open.Count == 0;
    }
}
