using MlKata.Analyzers.Dsa;
using Verify = MlKata.Analyzers.Tests.Verification.Verifier<MlKata.Analyzers.Dsa.UnmemoizedRecursionAnalyzer>;

namespace MlKata.Analyzers.Tests.Rules;

public class MLK1407UnmemoizedRecursionTests
{
    [Fact]
    public Task Flags_fibonacci_style_recursion() => Verify.VerifyAsync("""
        static class M
        {
            public static long Fib(int n) => n < 2 ? n : [|Fib|](n - 1) + Fib(n - 2);

            public static int Stairs(int n)
            {
                if (n <= 1) return 1;
                return [|Stairs|](n - 1) + Stairs(n - 2);
            }
        }
        """);

    [Fact]
    public Task Flags_knapsack_and_edit_distance_recursions() => Verify.VerifyAsync("""
        static class Knapsack
        {
            public static int MaxValue(int capacity, (int Weight, int Value)[] items) => Best(items, 0, capacity);

            private static int Best((int Weight, int Value)[] items, int i, int capacity)
            {
                if (i == items.Length) return 0;
                int skip = [|Best|](items, i + 1, capacity);
                if (items[i].Weight > capacity) return skip;
                return Math.Max(skip, items[i].Value + Best(items, i + 1, capacity - items[i].Weight));
            }
        }
        static class EditDistance
        {
            public static int Levenshtein(string a, string b)
            {
                return Distance(a.Length, b.Length);

                int Distance(int i, int j)
                {
                    if (i == 0) return j;
                    if (j == 0) return i;
                    if (a[i - 1] == b[j - 1]) return [|Distance|](i - 1, j - 1);
                    return 1 + Math.Min(Distance(i - 1, j - 1), Math.Min(Distance(i - 1, j), Distance(i, j - 1)));
                }
            }

            public static int BySubstring(string a, string b)
            {
                if (a.Length == 0) return b.Length;
                if (b.Length == 0) return a.Length;
                if (a[0] == b[0]) return [|BySubstring|](a.Substring(1), b.Substring(1));
                return 1 + Math.Min(BySubstring(a.Substring(1), b), BySubstring(a, b.Substring(1)));
            }
        }
        """);

    [Fact]
    public Task Flags_a_recursive_call_in_a_loop_or_a_lambda() => Verify.VerifyAsync("""
        static class CoinChange
        {
            public static int Fewest(int[] coins, int target)
            {
                if (target == 0) return 0;
                int best = int.MaxValue;
                foreach (int coin in coins)
                {
                    if (coin > target) continue;
                    int rest = [|Fewest|](coins, target - coin);
                    if (rest != int.MaxValue) best = Math.Min(best, rest + 1);
                }
                return best;
            }

            public static int Ways(int[] coins, int target) =>
                target == 0 ? 1 : coins.Where(c => c <= target).Sum(c => [|Ways|](coins, target - c));
        }
        """);

    [Fact]
    public Task Quiet_with_a_memo_or_a_table() => Verify.VerifyAsync("""
        static class M
        {
            private static readonly Dictionary<int, long> Memo = new();

            public static long Fib(int n)
            {
                if (n < 2) return n;
                if (Memo.TryGetValue(n, out var known)) return known;
                return Memo[n] = Fib(n - 1) + Fib(n - 2);
            }

            public static int Levenshtein(string a, string b)
            {
                var memo = new int?[a.Length + 1, b.Length + 1];
                return D(a.Length, b.Length);
                int D(int i, int j)
                {
                    if (i == 0 || j == 0) return i + j;
                    if (memo[i, j] is int done) return done;
                    int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    memo[i, j] = Math.Min(D(i - 1, j - 1) + cost, Math.Min(D(i - 1, j), D(i, j - 1)) + 1);
                    return memo[i, j]!.Value;
                }
            }

            public static long Iterative(int n)
            {
                long a = 0, b = 1;
                for (int i = 0; i < n; i++) (a, b) = (b, a + b);
                return a;
            }
        }
        """);

    [Fact]
    public Task Quiet_on_linear_recursions_trees_and_divide_and_conquer() => Verify.VerifyAsync("""
        sealed class Node { public int Value; public Node? Left, Right; }
        static class M
        {
            public static int Height(Node? node) => node is null ? 0 : 1 + Math.Max(Height(node.Left), Height(node.Right));
            public static long Factorial(int n) => n <= 1 ? 1 : n * Factorial(n - 1);
            public static int Max(int[] a, int lo, int hi)
            {
                if (lo == hi) return a[lo];
                int mid = lo + (hi - lo) / 2;
                return Math.Max(Max(a, lo, mid), Max(a, mid + 1, hi));
            }
            public static int Search(int[] a, int t, int lo, int hi)
            {
                if (lo > hi) return -1;
                int mid = lo + (hi - lo) / 2;
                if (a[mid] == t) return mid;
                return a[mid] < t ? Search(a, t, mid + 1, hi) : Search(a, t, lo, mid - 1);
            }
            public static int Countdown(int n, bool even)
            {
                if (n == 0) return 0;
                if (even) return Countdown(n - 1, false);
                return Countdown(n - 2, true);
            }
            public static double Power(double x, int n)
            {
                if (n == 0) return 1;
                double half = Power(x, n / 2);
                return n % 2 == 0 ? half * half : half * half * x;
            }
        }
        """);

    [Fact]
    public Task Quiet_on_walks_in_both_directions_and_on_void_backtracking() => Verify.VerifyAsync("""
        static class M
        {
            public static int Reach(int[][] grid, int r, int c)
            {
                if (r < 0 || c < 0 || r >= grid.Length || c >= grid[r].Length) return 0;
                return 1 + Reach(grid, r + 1, c) + Reach(grid, r - 1, c);
            }
            public static void Subsets(int[] items, int i, List<int[]> output)
            {
                if (i == items.Length) return;
                Subsets(items, i + 1, output);
                Subsets(items, i + 1, output);
            }
        }
        """);

    [Fact]
    public Task Never_throws_on_half_typed_code() => Verify.VerifyAsync("""
        static class M
        {
            public static long Fib(int n) => Fib(n - 1) + Fib(
            public static long G(int n) { return G(n -
            public static int H(int n) => H(n - 1, 2) + H(n - 2, 3);
        """, allowCompilerErrors: true);

    [Fact]
    public void Descriptor_has_a_help_link_to_its_page() =>
        Assert.Equal("https://github.com/mlkata/mlkata/blob/main/docs/rules/MLK1407.md", UnmemoizedRecursionAnalyzer.Rule.HelpLinkUri);
}
