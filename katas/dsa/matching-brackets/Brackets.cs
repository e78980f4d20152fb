namespace MlKata.Katas;

/// <summary>Balanced-bracket checking for (), [] and {}. See README.md.</summary>
public static class Brackets
{
    public static bool IsBalanced(string text) =>
        throw new NotImplementedException("The matching-brackets kata is not implemented yet: write Brackets.IsBalanced.");
}
