// Mistake: returns true once every closer matched, forgetting that openers still on the stack at the end were never closed.
// Expect: none
namespace MlKata.Katas;

public static class Brackets
{
    public static bool IsBalanced(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var open = new Stack<char>();
        foreach (char c in text)
        {
            if (c is '(' or '[' or '{') open.Push(c);
            else if (c is ')' or ']' or '}')
            {
                if (open.Count == 0) return false;
                char opener = open.Pop();
                if ((c == ')' && opener != '(') || (c == ']' && opener != '[') || (c == '}' && opener != '{')) return false;
            }
        }
        return true;
    }
}
