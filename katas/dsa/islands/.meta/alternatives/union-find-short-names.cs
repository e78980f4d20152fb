namespace MlKata.Katas;

public static class Islands
{
    public static int Count(int[][] grid)
    {
        ArgumentNullException.ThrowIfNull(grid);
        int m = grid.Length;
        if (m == 0) return 0;
        int n = grid[0]?.Length ?? throw new ArgumentException("grid[0] is null", nameof(grid));
        for (int i = 0; i < m; i++)
        {
            if (grid[i] is null) throw new ArgumentException($"grid[{i}] is null", nameof(grid));
            if (grid[i].Length != n) throw new ArgumentException($"grid[{i}] has length {grid[i].Length}, expected {n}", nameof(grid));
            foreach (int x in grid[i])
                if (x != 0 && x != 1) throw new ArgumentException($"grid[{i}] holds {x}; only 0 and 1 allowed", nameof(grid));
        }

        // Union-find over cells: each land cell starts as its own island, each union merges two.
        var p = new int[m * n];
        int cnt = 0;
        for (int i = 0; i < m; i++)
            for (int j = 0; j < n; j++)
            {
                if (grid[i][j] == 0) continue;
                int id = i * n + j;
                p[id] = id;
                cnt++;
                if (i > 0 && grid[i - 1][j] == 1) Join(id, id - n);
                if (j > 0 && grid[i][j - 1] == 1) Join(id, id - 1);
            }
        return cnt;

        int Root(int x)
        {
            while (p[x] != x) x = p[x] = p[p[x]]; // path halving
            return x;
        }

        void Join(int a, int b)
        {
            int ra = Root(a), rb = Root(b);
            if (ra == rb) return;
            p[ra] = rb;
            cnt--;
        }
    }
}
