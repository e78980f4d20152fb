// Mistake: counts land cells whose upper and left neighbours are water, a one-pass shortcut that counts a U-shaped island twice because its arms only join further down.
// Expect: none
namespace MlKata.Katas;

public static class Islands
{
    public static int Count(int[][] grid)
    {
        ArgumentNullException.ThrowIfNull(grid);
        int rows = grid.Length;
        if (rows == 0) return 0;
        int cols = grid[0]?.Length ?? throw new ArgumentException("null row", nameof(grid));
        for (int r = 0; r < rows; r++)
        {
            if (grid[r] is null || grid[r].Length != cols) throw new ArgumentException("ragged", nameof(grid));
            foreach (int cell in grid[r])
                if (cell is not (0 or 1)) throw new ArgumentException("not 0/1", nameof(grid));
        }

        int islands = 0;
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++)
            {
                bool landAbove = r > 0 && grid[r - 1][c] == 1;
                bool landLeft = c > 0 && grid[r][c - 1] == 1;
                if (grid[r][c] == 1 && !landAbove && !landLeft) islands++;
            }
        return islands;
    }
}
