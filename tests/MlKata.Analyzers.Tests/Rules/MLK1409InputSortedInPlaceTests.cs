using MlKata.Analyzers.CodeFixes;
using MlKata.Analyzers.Dsa;
using Verify = MlKata.Analyzers.Tests.Verification.Verifier<MlKata.Analyzers.Dsa.InputSortedInPlaceAnalyzer>;

namespace MlKata.Analyzers.Tests.Rules;

public class MLK1409InputSortedInPlaceTests
{
    [Fact]
    public Task Flags_sorting_a_parameter() => Verify.VerifyAsync("""
        public static class Intervals
        {
            public static (int Start, int End)[] Merge((int Start, int End)[] intervals)
            {
                [|Array.Sort(intervals)|];
                return intervals;
            }
        }
        """);

    [Fact]
    public Task Flags_a_local_that_is_only_another_name_for_the_input() => Verify.VerifyAsync("""
        public static class Intervals
        {
            public static (int Start, int End)[] Merge((int Start, int End)[] intervals)
            {
                var sorted = intervals;   // not a copy
                [|Array.Sort(sorted)|];
                return sorted;
            }
        }
        """);

    [Fact]
    public Task Flags_keys_and_items_reverse_list_sort_and_constructors() => Verify.VerifyAsync("""
        public sealed class Model
        {
            private readonly int[] _order;

            public Model(int[] order)
            {
                [|Array.Reverse(order)|];
                _order = order;
            }

            public void Fit(double[] x, double[] y) => [|Array.Sort(x, y)|];
            public void Rank(double[] scores, int[] ids) => [|Array.Sort(scores, ids)|];
            public static void Descending(double[] relevance) => [|Array.Sort(relevance, (a, b) => b.CompareTo(a))|];
            public static List<string> Vocabulary(List<string> words)
            {
                [|words.Sort(StringComparer.Ordinal)|];
                return words;
            }
        }
        """);

    [Fact]
    public Task Quiet_on_copies_helpers_and_reassigned_inputs() => Verify.VerifyAsync("""
        public static class M
        {
            public static int[] Copy(int[] values)
            {
                var sorted = (int[])values.Clone();
                Array.Sort(sorted);
                var list = new List<int>(values);
                list.Sort();
                list.Reverse();
                var linq = values.ToArray();
                Array.Reverse(linq);
                return sorted;
            }

            public static int[] Reassigned(int[] values)
            {
                values = (int[])values.Clone();
                Array.Sort(values);
                return values;
            }

            public static int[] Rebound(int[] values)
            {
                var sorted = values;
                sorted = sorted.ToArray();
                Array.Sort(sorted);
                return sorted;
            }

            public static void ByRef(ref int[] values) => Array.Sort(values);

            public static void InsertionSort(int[] values) => Array.Sort(values);
            public static void sort_in_place(List<int> values) => values.Sort();
            public static void Shuffle(int[] values, Random rng) { rng.Shuffle(values); Array.Reverse(values); }

            private static void SortInPlace(int[] scratch) => Array.Sort(scratch);

            public static int[] Helper(int[] values)
            {
                var copy = (int[])values.Clone();
                SortInPlace(copy);
                Func<int[], int[]> sorter = a => { Array.Sort(a); return a; };
                int[] Local(int[] b) { Array.Sort(b); return b; }
                return Local(sorter(copy));
            }
        }
        """);

    [Fact]
    public Task Quiet_and_never_throws_on_half_typed_code() => Verify.VerifyAsync("""
        public static class M
        {
            public static void A(int[] values) => Array.Sort(
            public static void B(int[] values) { var s = ; Array.Sort(s); }
            public static void C(int[] values) { Array.Sort(missing); values.Sort(); }
        }
        """, allowCompilerErrors: true);

    [Fact]
    public Task Code_fix_makes_the_alias_a_copy() => Verify.VerifyCodeFixAsync<CopyBeforeSortCodeFix>("""
        public static class Intervals
        {
            public static (int Start, int End)[] Merge((int Start, int End)[] intervals)
            {
                var sorted = intervals;
                [|Array.Sort(sorted)|];
                return sorted;
            }

            public static List<string> Vocabulary(List<string> words)
            {
                List<string> sorted = words;
                [|sorted.Sort(StringComparer.Ordinal)|];
                return sorted;
            }
        }
        """, """
        public static class Intervals
        {
            public static (int Start, int End)[] Merge((int Start, int End)[] intervals)
            {
                var sorted = ((int Start, int End)[])intervals.Clone();
                Array.Sort(sorted);
                return sorted;
            }

            public static List<string> Vocabulary(List<string> words)
            {
                List<string> sorted = new List<string>(words);
                sorted.Sort(StringComparer.Ordinal);
                return sorted;
            }
        }
        """);

    [Fact]
    public Task Code_fix_offers_nothing_when_the_parameter_itself_is_sorted() => Verify.VerifyCodeFixAsync<CopyBeforeSortCodeFix>("""
        public static class M
        {
            public static int[] Sorted(int[] values)
            {
                [|Array.Sort(values)|];
                return values;
            }
        }
        """, null);

    [Fact]
    public void Descriptor_has_a_help_link_to_its_page()
    {
        Assert.Equal("https://github.com/mlkata/mlkata/blob/main/docs/rules/MLK1409.md", InputSortedInPlaceAnalyzer.Rule.HelpLinkUri);
        Assert.Equal(MlKata.Analyzers.Rules.Categories.Dsa, InputSortedInPlaceAnalyzer.Rule.Category);
    }
}
