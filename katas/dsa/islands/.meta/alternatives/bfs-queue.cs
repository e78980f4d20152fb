namespace MlKata.Katas;

public static class Islands
{
    private static readonly (int RowStep, int ColumnStep)[] Neighbours = [(-1, 0), (1, 0), (0, -1), (0, 1)];

    public static int Count(int[][] grid)
    {
        ArgumentNullException.ThrowIfNull(grid);
        if (grid.Length == 0) return 0;
        if (grid.Any(row => row is null)) throw new ArgumentException("The grid has a null row.", nameof(grid));
        int columnCount = grid[0].Length;
        if (grid.Any(row => row.Length != columnCount))
            throw new ArgumentException("Every row of the grid must have the same length.", nameof(grid));
        if (grid.SelectMany(row => row).Any(cell => cell is not (0 or 1)))
            throw new ArgumentException("Cells must be 0 (water) or 1 (land).", nameof(grid));

        int rowCount = grid.Length;
        var alreadyQueued = new bool[rowCount, columnCount];
        var toExplore = new Queue<(int Row, int Column)>();
        int islandsFound = 0;

        for (int startRow = 0; startRow < rowCount; startRow++)
        {
            for (int startColumn = 0; startColumn < columnCount; startColumn++)
            {
                if (!IsUnvisitedLand(startRow, startColumn)) continue;

                islandsFound++;
                alreadyQueued[startRow, startColumn] = true;
                toExplore.Enqueue((startRow, startColumn));
                while (toExplore.TryDequeue(out var cell))
                {
                    foreach (var (rowStep, columnStep) in Neighbours)
                    {
                        int row = cell.Row + rowStep, column = cell.Column + columnStep;
                        if (!IsUnvisitedLand(row, column)) continue;
                        alreadyQueued[row, column] = true;
                        toExplore.Enqueue((row, column));
                    }
                }
            }
        }
        return islandsFound;

        bool IsUnvisitedLand(int row, int column) =>
            row >= 0 && row < rowCount && column >= 0 && column < columnCount
            && grid[row][column] == 1 && !alreadyQueued[row, column];
    }
}
