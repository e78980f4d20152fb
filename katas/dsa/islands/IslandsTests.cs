using MlKata.Katas;

namespace MlKata.Katas.Tests;

public class IslandsTests
{
    // Grids are written as rows of 0/1 digits separated by '/', for readability.
    private static int[][] Grid(string rows) =>
        rows.Split('/').Select(row => row.Select(cell => cell - '0').ToArray()).ToArray();

    [Theory]
    // One island: all the 1s connect through the top-left block (LeetCode 200, example 1).
    [InlineData(1, "11110/11010/11000/00000")]
    // Three: the 2x2 block, the middle cell, the bottom-right pair (LeetCode 200, example 2).
    [InlineData(3, "11000/11000/00100/00011")]
    // Two: the left column and the right column, no land between them.
    [InlineData(2, "101/101/101")]
    // Four: each corner is alone.
    [InlineData(4, "10001/00000/10001")]
    public void Counts_groups_of_connected_land(int expected, string rows)
    {
        int[][] grid = Grid(rows);
        Check.Given(grid).Hint(1).Equal(expected, Islands.Count(grid));
    }

    [Theory]
    // Diagonal neighbours only: two islands.
    [InlineData(2, "10/01")]
    // Checkerboard corners and centre: five 1s, no two side by side, five islands.
    [InlineData(5, "101/010/101")]
    // An X of nine cells, each touching its neighbours only diagonally: nine islands.
    [InlineData(9, "10001/01010/00100/01010/10001")]
    // A diagonal line of four cells.
    [InlineData(4, "1000/0100/0010/0001")]
    public void Cells_touching_only_at_a_corner_are_separate(int expected, string rows)
    {
        int[][] grid = Grid(rows);
        Check.Given(grid).Hint(2).Equal(expected, Islands.Count(grid));
    }

    [Theory]
    // A U: the two arms start apart at the top and join along the bottom row.
    [InlineData(1, "101/111")]
    // A ring open at the bottom left, with a hook from its right side back in to column 2.
    [InlineData(1, "1111/1001/1011/0001")]
    // A spiral: one path that winds inward.
    [InlineData(1, "11111/00001/11101/10001/11111")]
    // Two combs whose teeth interleave but never touch: 2.
    [InlineData(2, "11111/10000/10111/10100/00111")]
    public void Shapes_that_join_further_down_are_one_island(int expected, string rows)
    {
        int[][] grid = Grid(rows);
        Check.Given(grid).Hint(3).Equal(expected, Islands.Count(grid));
    }

    [Theory]
    [InlineData(0, "000/000")]     // all water
    [InlineData(1, "111/111")]     // all land
    [InlineData(1, "1")]
    [InlineData(0, "0")]
    [InlineData(3, "1011001")]     // one row: runs 1, 11, 1
    [InlineData(2, "1/1/0/1")]     // one column: runs 11 and 1
    public void Small_and_one_dimensional_grids(int expected, string rows)
    {
        int[][] grid = Grid(rows);
        Check.Given(grid).Hint(1).Equal(expected, Islands.Count(grid));
    }

    [Fact]
    public void An_empty_grid_has_no_islands()
    {
        int[][] noRows = [];
        int[][] emptyRows = [[], [], []];
        Check.Given(noRows).Hint(3).Equal(0, Islands.Count(noRows));
        Check.Given(emptyRows).Hint(3).Equal(0, Islands.Count(emptyRows));
    }

    [Fact]
    public void A_grid_of_blocks_counts_every_block()
    {
        // 60 x 60, land where row % 3 != 2 and col % 3 != 2: 2x2 blocks separated by one-cell
        // water lines, 20 blocks per direction, so 20 * 20 = 400 islands.
        int[][] grid = Enumerable.Range(0, 60)
            .Select(r => Enumerable.Range(0, 60).Select(c => r % 3 != 2 && c % 3 != 2 ? 1 : 0).ToArray()).ToArray();
        Check.Given(grid).Hint(1).Equal(400, Islands.Count(grid));
    }

    [Fact]
    public void A_serpentine_path_is_one_island()
    {
        // 41 x 41: even rows are all land; odd row r has a single land cell at the right end
        // when r % 4 == 1 and at the left end when r % 4 == 3, linking the even rows into one
        // winding path of 21 * 41 + 20 = 881 cells.
        int[][] grid = Enumerable.Range(0, 41).Select(r => Enumerable.Range(0, 41).Select(c =>
            r % 2 == 0 || (r % 4 == 1 && c == 40) || (r % 4 == 3 && c == 0) ? 1 : 0).ToArray()).ToArray();
        Check.Given(grid).Hint(2).Equal(1, Islands.Count(grid));
    }

    [Fact]
    public void Rows_of_different_lengths_are_rejected()
    {
        int[][] shorter = [[1, 0, 1], [1, 0]];
        int[][] longer = [[1], [0, 1]];
        int[][] emptyRow = [[1, 1], []];
        Check.Given(shorter).Hint(3).Throws<ArgumentException>(() => Islands.Count(shorter), "grid");
        Check.Given(longer).Hint(3).Throws<ArgumentException>(() => Islands.Count(longer), "grid");
        Check.Given(emptyRow).Hint(3).Throws<ArgumentException>(() => Islands.Count(emptyRow), "grid");
    }

    [Theory]
    [InlineData(2)]
    [InlineData(-1)]
    [InlineData(9)]
    public void Values_other_than_0_and_1_are_rejected(int value)
    {
        int[][] grid = [[1, 0, 0], [0, value, 0]];
        Check.Given(grid).Hint(3).Throws<ArgumentException>(() => Islands.Count(grid), "grid");
    }

    [Fact]
    public void A_null_grid_or_row_is_rejected()
    {
        int[][]? grid = null;
        int[][] nullRow = [[1, 0], null!];
        Check.Given(grid).Throws<ArgumentNullException>(() => Islands.Count(grid!), "grid");
        Check.Given(nullRow).Throws<ArgumentException>(() => Islands.Count(nullRow), "grid");
    }

    [Fact]
    public void The_grid_is_not_modified()
    {
        int[][] grid = Grid("11000/11000/00100/00011");
        Check.Given(grid).Hint(2).Unchanged(() => Islands.Count(grid));
    }
}
