// Mistake: deleting "()", "[]" and "{}" until the text stops changing is correct but rescans the whole text once per nesting level: O(n^2) on deep nesting.
// Expect: none
namespace MlKata.Katas;

public static class Brackets
{
    public static bool IsBalanced(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string brackets = string.Concat(text.Where(c => "()[]{}".Contains(c)));
        while (true)
        {
            string shorter = brackets.Replace("()", "").Replace("[]", "").Replace("{}", "");
            if (shorter.Length == brackets.Length) return brackets.Length == 0;
            brackets = shorter;
        }
    }
}
