using MlKata.Analyzers.CodeFixes;
using MlKata.Analyzers.Dsa;
using Verify = MlKata.Analyzers.Tests.Verification.Verifier<MlKata.Analyzers.Dsa.MidpointOverflowAnalyzer>;

namespace MlKata.Analyzers.Tests.Rules;

public class MLK1404MidpointOverflowTests
{
    [Fact]
    public Task Flags_lo_plus_hi_over_two_in_a_binary_search() => Verify.VerifyAsync("""
        static class BinarySearch
        {
            public static int IndexOf(int[] sorted, int target)
            {
                int lo = 0, hi = sorted.Length;
                while (lo < hi)
                {
                    int mid = [|(lo + hi) / 2|];
                    if (sorted[mid] < target) lo = mid + 1; else hi = mid;
                }
                return lo < sorted.Length && sorted[lo] == target ? lo : -1;
            }
        }
        """);

    [Fact]
    public Task Flags_other_bound_names_shifts_and_upper_midpoints() => Verify.VerifyAsync("""
        class Search
        {
            private int _low, _high;

            public int A(int left, int right) => [|(left + right) / 2|];
            public int B(int start, int end) => [|(end + start) >> 1|];
            public int C(int lo, int hi) => [|(lo + hi + 1) / 2|];
            public int D() => [|(_low + _high) / 2|];
            public int E(int a, int b)
            {
                int middle = [|(a + b) / 2|];
                return middle;
            }
        }
        """);

    [Fact]
    public Task Quiet_on_safe_midpoints_and_on_other_halvings() => Verify.VerifyAsync("""
        static class M
        {
            public static int Safe(int lo, int hi) => lo + (hi - lo) / 2;
            public static int Unsigned(int lo, int hi) => (lo + hi) >>> 1;
            public static int Wide(int lo, int hi) => (int)(((long)lo + hi) / 2);
            public static double Doubles(double lo, double hi) => (lo + hi) / 2;
            public static double Average(int a, int b) => (a + b) / 2.0;
            public static int Parent(int node) => (node - 1) / 2;
            public static int Sum(int x, int y) => (x + y) / 2;
            public static int Twice(int lo) => (lo + lo) / 2;
            public static int Count(int[] values) => (values.Length + 1) / 2;
            public static int Third(int lo, int hi) => (lo + hi) / 3;
        }
        """);

    [Fact]
    public Task Quiet_and_never_throws_on_half_typed_code() => Verify.VerifyAsync("""
        static class M
        {
            public static int A(int lo, int hi) => (lo + ) / 2;
            public static int B(int lo, int hi) => (lo + hi) /
            public static int C(int lo, string hi) { int mid = (lo + hi) / 2; return mid; }
        }
        """, allowCompilerErrors: true);

    [Fact]
    public Task Code_fix_halves_the_distance() => Verify.VerifyCodeFixAsync<MidpointOverflowCodeFix>("""
        static class M
        {
            public static int Mid(int lo, int hi)
            {
                int mid = [|(lo + hi) / 2|];
                return mid;
            }
        }
        """, """
        static class M
        {
            public static int Mid(int lo, int hi)
            {
                int mid = lo + (hi - lo) / 2;
                return mid;
            }
        }
        """);

    [Fact]
    public Task Code_fix_keeps_the_lower_bound_first_the_offset_and_the_precedence() => Verify.VerifyCodeFixAsync<MidpointOverflowCodeFix>("""
        static class M
        {
            public static int Upper(int low, int high) => [|(high + low + 1) / 2|];
            public static int Twice(int left, int right) => [|(left + right) / 2|] * 2;
            public static int Shift(int left, int right) => [|(left + right) >> 1|];
        }
        """, """
        static class M
        {
            public static int Upper(int low, int high) => low + (high - low + 1) / 2;
            public static int Twice(int left, int right) => (left + (right - left) / 2) * 2;
            public static int Shift(int left, int right) => left + ((right - left) >> 1);
        }
        """);

    [Fact]
    public void Descriptor_has_a_help_link_to_its_page()
    {
        Assert.Equal("https://github.com/mlkata/mlkata/blob/main/docs/rules/MLK1404.md", MidpointOverflowAnalyzer.Rule.HelpLinkUri);
        Assert.Equal(MlKata.Analyzers.Rules.Categories.Dsa, MidpointOverflowAnalyzer.Rule.Category);
    }
}
