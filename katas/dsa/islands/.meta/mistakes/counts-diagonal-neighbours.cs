// Mistake: floods to all eight neighbours, so land cells touching only at a corner are merged into one island.
// Expect: none
namespace MlKata.Katas;

public static class Islands
{
    public static int Count(int[][] grid)
    {
        ArgumentNullException.ThrowIfNull(grid);
        int rows = grid.Length;
        if (rows == 0) return 0;
        if (grid[0] is null) throw new ArgumentException("grid[0] is null.", nameof(grid));
        int cols = grid[0].Length;
        for (int r = 0; r < rows; r++)
        {
            var row = grid[r] ?? throw new ArgumentException($"grid[{r}] is null.", nameof(grid));
            if (row.Length != cols)
                throw new ArgumentException($"grid[{r}] has {row.Length} cells but grid[0] has {cols}; rows must have equal lengths.", nameof(grid));
            for (int c = 0; c < cols; c++)
                if (row[c] is not (0 or 1))
                    throw new ArgumentException($"grid[{r}][{c}] is {row[c]}; cells must be 0 (water) or 1 (land).", nameof(grid));
        }

        var visited = new bool[rows, cols];      // the caller's grid is never written
        var pending = new Stack<(int Row, int Col)>();
        int islands = 0;
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++)
            {
                if (grid[r][c] == 0 || visited[r, c]) continue;
                islands++;                       // a new island: flood it with an explicit stack
                visited[r, c] = true;
                pending.Push((r, c));
                while (pending.Count > 0)
                {
                    var (row, col) = pending.Pop();
                    Visit(row - 1, col); Visit(row + 1, col); Visit(row, col - 1); Visit(row, col + 1);
                    Visit(row - 1, col - 1); Visit(row - 1, col + 1); Visit(row + 1, col - 1); Visit(row + 1, col + 1);
                }
            }
        return islands;

        // Marks a land neighbour when it is pushed, so no cell is pushed twice.
        void Visit(int row, int col)
        {
            if (row < 0 || row >= rows || col < 0 || col >= cols) return;
            if (grid[row][col] == 0 || visited[row, col]) return;
            visited[row, col] = true;
            pending.Push((row, col));
        }
    }
}
