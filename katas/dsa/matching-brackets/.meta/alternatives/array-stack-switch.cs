namespace MlKata.Katas;

public static class Brackets
{
    public static bool IsBalanced(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var st = new char[text.Length];
        int top = 0;
        foreach (char c in text)
        {
            char open = c switch { ')' => '(', ']' => '[', '}' => '{', _ => '\0' };
            if (c is '(' or '[' or '{') st[top++] = c;
            else if (open != '\0')
            {
                if (top == 0 || st[--top] != open) return false;
            }
        }
        return top == 0;
    }
}
