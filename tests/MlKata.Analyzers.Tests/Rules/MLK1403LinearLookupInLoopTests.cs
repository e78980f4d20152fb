using MlKata.Analyzers.Dsa;
using Verify = MlKata.Analyzers.Tests.Verification.Verifier<MlKata.Analyzers.Dsa.LinearLookupInLoopAnalyzer>;

namespace MlKata.Analyzers.Tests.Rules;

public class MLK1403LinearLookupInLoopTests
{
    [Fact]
    public Task Flags_a_visited_list_searched_in_a_loop() => Verify.VerifyAsync("""
        static class Graph
        {
            public static int Reachable(List<int>[] adjacency, int source)
            {
                var visited = new List<int> { source };
                var pending = new Stack<int>();
                pending.Push(source);
                while (pending.Count > 0)
                {
                    foreach (var next in adjacency[pending.Pop()])
                    {
                        if ([|visited.Contains(next)|]) continue;
                        visited.Add(next);
                        pending.Push(next);
                    }
                }
                return visited.Count;
            }
        }
        """);

    [Fact]
    public Task Flags_index_lookups_in_the_input_and_in_a_copy_of_it() => Verify.VerifyAsync("""
        static class TwoSum
        {
            public static (int First, int Second) Find(int[] values, int target)
            {
                for (int j = 0; j < values.Length; j++)
                {
                    int i = [|Array.IndexOf(values, target - values[j])|];
                    if (i >= 0 && i < j) return (i, j);
                }
                return (-1, -1);
            }

            public static int Distinct(List<int> values)
            {
                var copy = values.ToList();
                int count = 0;
                for (int i = 0; i < copy.Count; i++)
                    if ([|copy.IndexOf(copy[i])|] == i) count++;
                return count;
            }

            public static int[] Common(int[] a, int[] b) => a.Where(x => [|b.Contains(x)|]).ToArray();
        }
        """);

    [Fact]
    public Task Quiet_on_hash_sets_small_literals_short_loops_and_single_lookups() => Verify.VerifyAsync("""
        static class M
        {
            private static readonly char[] Openers = { '(', '[', '{' };

            public static bool Balanced(string text, List<char> extra)
            {
                var seen = new HashSet<char>(extra);
                var closers = new[] { ')', ']', '}' };
                int depth = 0;
                foreach (char c in text)
                {
                    if (Array.IndexOf(Openers, c) >= 0) depth++;
                    else if (closers.Contains(c)) depth--;
                    else if (seen.Contains(c)) depth += 0;
                    else if ("<>".Contains(c)) depth += 0;
                }
                foreach (var c in new[] { '(', ')' })
                    if (extra.Contains(c)) depth++;
                depth += new[] { 'a', 'b' }.Count(c => extra.Contains(c));
                for (int i = 0; i < 4; i++)
                    if (extra.IndexOf((char)('a' + i)) >= 0) depth++;
                return depth == 0 && extra.Contains('x');
            }

            public static int Scan(int[] values, List<int> list)
            {
                var lookup = values.ToDictionary(v => v, v => v);
                int found = 0;
                foreach (var v in values)
                    if (lookup.ContainsKey(v)) found++;
                int[] buffer = new int[4];
                foreach (var v in values)
                    if (Array.IndexOf(buffer, v) >= 0) found++;
                return found;
            }
        }
        """);

    [Fact]
    public Task Quiet_and_never_throws_on_half_typed_code() => Verify.VerifyAsync("""
        static class M
        {
            public static void A(List<int> list, int[] values)
            {
                foreach (var v in values) list.Contains(
                for (int i = 0; i < values.Length; i++) Array.IndexOf(values
                while (true) missing.Contains(1);
            }
        }
        """, allowCompilerErrors: true);

    [Fact]
    public void Descriptor_has_a_help_link_to_its_page()
    {
        Assert.Equal("https://github.com/mlkata/mlkata/blob/main/docs/rules/MLK1403.md", LinearLookupInLoopAnalyzer.Rule.HelpLinkUri);
        Assert.Equal(MlKata.Analyzers.Rules.Categories.Dsa, LinearLookupInLoopAnalyzer.Rule.Category);
    }
}
