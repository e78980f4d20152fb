using MlKata.Analyzers.CodeFixes;
using MlKata.Analyzers.Dsa;
using Verify = MlKata.Analyzers.Tests.Verification.Verifier<MlKata.Analyzers.Dsa.ContainsKeyThenIndexerAnalyzer>;

namespace MlKata.Analyzers.Tests.Rules;

public class MLK1406ContainsKeyThenIndexerTests
{
    [Fact]
    public Task Flags_an_if_that_reads_the_key_it_checked() => Verify.VerifyAsync("""
        static class TwoSum
        {
            public static (int First, int Second) Find(int[] values, int target)
            {
                var firstIndex = new Dictionary<int, int>();
                for (int j = 0; j < values.Length; j++)
                {
                    int complement = target - values[j];
                    if ([|firstIndex.ContainsKey(complement)|]) return (firstIndex[complement], j);
                    firstIndex.TryAdd(values[j], j);
                }
                return (-1, -1);
            }
        }
        """);

    [Fact]
    public Task Flags_ternaries_conjunctions_else_branches_and_guard_clauses() => Verify.VerifyAsync("""
        class Cache
        {
            private readonly Dictionary<int, LinkedListNode<int>> _nodes = new();
            private readonly IReadOnlyDictionary<string, int> _counts = new Dictionary<string, int>();

            public int Get(int key) => [|_nodes.ContainsKey(key)|] ? _nodes[key].Value : 0;
            public bool Many(string word) => [|_counts.ContainsKey(word)|] && _counts[word] > 1;
            public int Count(string word)
            {
                if (![|_counts.ContainsKey(word)|]) { return 0; } else { return _counts[word]; }
            }
            public bool TryGet(int key, out int value)
            {
                if (![|_nodes.ContainsKey(key)|])
                {
                    value = 0;
                    return false;
                }
                value = _nodes[key].Value;
                return true;
            }
            public void Bump(Dictionary<char, int> counts, char c)
            {
                if ([|counts.ContainsKey(c)|]) counts[c]++;
                else counts[c] = 1;
            }
        }
        """);

    [Fact]
    public Task Flags_element_keys_that_are_the_same_expression() => Verify.VerifyAsync("""
        static class M
        {
            public static int Sum(Dictionary<int, int> d, int[] keys, int i) => [|d.ContainsKey(keys[i] + 1)|] ? d[keys[i] + 1] : 0;
        }
        """);

    [Fact]
    public Task Quiet_on_TryGetValue_other_keys_other_dictionaries_and_writes() => Verify.VerifyAsync("""
        static class M
        {
            public static int Run(Dictionary<int, int> a, Dictionary<int, int> b, int k, int j)
            {
                int total = 0;
                if (a.TryGetValue(k, out var v)) total += v;
                if (a.ContainsKey(k)) total += a[j];
                if (a.ContainsKey(k)) total += b[k];
                if (!a.ContainsKey(k)) a[k] = 0;
                if (!a.ContainsKey(k)) a.Add(k, 1); else total++;
                if (a.ContainsKey(k)) a[k] = 7;
                if (!a.ContainsKey(k)) total += a[k];
                if (a.ContainsKey(k) || total > 0) total += a[k];
                return total;
            }
        }
        """);

    [Fact]
    public Task Quiet_when_the_key_or_the_dictionary_changes_or_the_read_is_deferred() => Verify.VerifyAsync("""
        static class M
        {
            public static int Run(Dictionary<int, int> d, int k)
            {
                int total = 0;
                if (d.ContainsKey(k)) { k++; total += d[k]; }
                if (d.ContainsKey(k)) { d.Remove(k); d[k] = 1; total += d[k]; }
                if (d.ContainsKey(k)) { Func<int> later = () => d[k]; total += later(); }
                if (d.ContainsKey(Next())) total += d[Next()];
                if (!d.ContainsKey(k)) total--;
                total += d[k];
                return total;
            }
            static int Next() => 1;
        }
        """);

    [Fact]
    public Task Quiet_on_ContainsKey_of_other_types() => Verify.VerifyAsync("""
        class Table
        {
            public bool ContainsKey(int key) => key > 0;
            public int this[int key] => key;
        }
        static class M
        {
            public static int Run(Table t, int k) => t.ContainsKey(k) ? t[k] : 0;
        }
        """);

    [Fact]
    public Task Never_throws_on_half_typed_code() => Verify.VerifyAsync("""
        static class M
        {
            public static int Run(Dictionary<int, int> d, int k)
            {
                if (d.ContainsKey(k)) return d[
                if (d.ContainsKey( ) return d[k];
                if (d.ContainsKey(k)) return x[k];
                if (!d.ContainsKey(k))
        """, allowCompilerErrors: true);

    [Fact]
    public Task Code_fix_uses_TryGetValue_for_plain_reads() => Verify.VerifyCodeFixAsync<UseTryGetValueCodeFix>("""
        static class M
        {
            public static int Run(Dictionary<string, List<int>> groups, string key)
            {
                if ([|groups.ContainsKey(key)|])
                {
                    groups[key].Add(1);
                    return groups[key].Count;
                }
                return 0;
            }
        }
        """, """
        static class M
        {
            public static int Run(Dictionary<string, List<int>> groups, string key)
            {
                if (groups.TryGetValue(key, out var value))
                {
                    value.Add(1);
                    return value.Count;
                }
                return 0;
            }
        }
        """);

    [Fact]
    public Task Code_fix_handles_guard_clauses_and_picks_a_free_name() => Verify.VerifyCodeFixAsync<UseTryGetValueCodeFix>("""
        class Cache
        {
            private readonly Dictionary<int, int> _map = new();
            public bool TryGet(int key, out int value)
            {
                if (![|_map.ContainsKey(key)|])
                {
                    value = 0;
                    return false;
                }
                value = _map[key];
                return true;
            }
            public int Get(int key) => [|_map.ContainsKey(key)|] ? _map[key] : -1;
        }
        """, """
        class Cache
        {
            private readonly Dictionary<int, int> _map = new();
            public bool TryGet(int key, out int value)
            {
                if (!_map.TryGetValue(key, out var existing))
                {
                    value = 0;
                    return false;
                }
                value = existing;
                return true;
            }
            public int Get(int key) => _map.TryGetValue(key, out var value) ? value : -1;
        }
        """);

    [Fact]
    public Task Code_fix_offers_nothing_when_the_entry_is_also_written() => Verify.VerifyCodeFixAsync<UseTryGetValueCodeFix>("""
        static class M
        {
            public static void Bump(Dictionary<char, int> counts, char c)
            {
                if ([|counts.ContainsKey(c)|]) counts[c] = counts[c] + 1;
                else counts[c] = 1;
            }
        }
        """, null);

    [Fact]
    public void Descriptor_has_a_help_link_to_its_page()
    {
        Assert.Equal("https://github.com/mlkata/mlkata/blob/main/docs/rules/MLK1406.md", ContainsKeyThenIndexerAnalyzer.Rule.HelpLinkUri);
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Info, ContainsKeyThenIndexerAnalyzer.Rule.DefaultSeverity);
    }
}
