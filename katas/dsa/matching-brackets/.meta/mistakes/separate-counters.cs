// Mistake: one counter per bracket kind checks that every closer has an earlier opener of its kind, but not the nesting order, so crossing pairs like "([)]" pass.
// Expect: none
namespace MlKata.Katas;

public static class Brackets
{
    public static bool IsBalanced(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int round = 0, square = 0, curly = 0;
        foreach (char c in text)
        {
            switch (c)
            {
                case '(': round++; break;
                case ')': if (--round < 0) return false; break;
                case '[': square++; break;
                case ']': if (--square < 0) return false; break;
                case '{': curly++; break;
                case '}': if (--curly < 0) return false; break;
            }
        }
        return round == 0 && square == 0 && curly == 0;
    }
}
