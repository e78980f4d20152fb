// Mistake: "sinks" each visited land cell by writing 0 into the caller's grid instead of keeping a separate visited array, destroying the input.
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
        var pending = new Stack<(int, int)>();
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++)
            {
                if (grid[r][c] == 0) continue;
                islands++;
                grid[r][c] = 0;
                pending.Push((r, c));
                while (pending.Count > 0)
                {
                    var (row, col) = pending.Pop();
                    foreach (var (nr, nc) in new[] { (row - 1, col), (row + 1, col), (row, col - 1), (row, col + 1) })
                    {
                        if (nr < 0 || nr >= rows || nc < 0 || nc >= cols || grid[nr][nc] == 0) continue;
                        grid[nr][nc] = 0;
                        pending.Push((nr, nc));
                    }
                }
            }
        return islands;
    }
}
