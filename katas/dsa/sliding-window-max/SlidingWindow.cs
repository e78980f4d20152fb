namespace MlKata.Katas;

/// <summary>Maximum of every sliding window. See README.md.</summary>
public static class SlidingWindow
{
    public static int[] Max(int[] values, int window) =>
        throw new NotImplementedException("The sliding-window-max kata is not implemented yet: write SlidingWindow.Max.");
}
