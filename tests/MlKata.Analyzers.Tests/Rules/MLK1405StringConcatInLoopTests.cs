using MlKata.Analyzers.Dsa;
using Verify = MlKata.Analyzers.Tests.Verification.Verifier<MlKata.Analyzers.Dsa.StringConcatInLoopAnalyzer>;

namespace MlKata.Analyzers.Tests.Rules;

public class MLK1405StringConcatInLoopTests
{
    [Fact]
    public Task Flags_plus_equals_on_a_string_local_in_a_loop() => Verify.VerifyAsync("""
        static class Anagrams
        {
            public static string Key(string word)
            {
                var letters = word.ToCharArray();
                Array.Sort(letters);
                string key = "";
                foreach (char c in letters)
                    [|key += c|];
                return key;
            }
        }
        """);

    [Fact]
    public Task Flags_s_equals_s_plus_and_prepending_in_every_kind_of_loop() => Verify.VerifyAsync("""
        static class M
        {
            public static string Build(int[] values, string separator)
            {
                string text = string.Empty;
                for (int i = 0; i < values.Length; i++)
                    [|text = text + values[i] + separator|];
                int n = values.Length;
                while (n-- > 0)
                {
                    [|separator = values[n] + separator|];
                }
                do { [|text += $"{n};"|]; } while (++n < 3);
                return text + separator;
            }
        }
        """);

    [Fact]
    public Task Flags_a_local_of_the_outer_loop_grown_in_the_inner_loop() => Verify.VerifyAsync("""
        static class M
        {
            public static List<string> Rows(int[][] grid)
            {
                var rows = new List<string>();
                foreach (var row in grid)
                {
                    string line = "";
                    foreach (var cell in row)
                        [|line += cell == 1 ? '#' : '.'|];
                    rows.Add(line);
                }
                return rows;
            }
        }
        """);

    [Fact]
    public Task Quiet_when_the_loop_runs_a_few_times_fixed_in_the_code() => Verify.VerifyAsync("""
        static class M
        {
            public static string Header(string title)
            {
                string line = "";
                for (int i = 0; i < 3; i++) line += "=";
                foreach (var part in new[] { "[", title, "]" }) line += part;
                foreach (var part in new string[] { "<", ">" }) line = line + part;
                return line;
            }
        }
        """);

    [Fact]
    public Task Flags_a_fixed_loop_inside_one_that_grows_with_the_input() => Verify.VerifyAsync("""
        static class M
        {
            public static string Grid(int[][] rows)
            {
                string text = "";
                foreach (var row in rows)
                    for (int i = 0; i < 3; i++)
                        [|text += row[i]|];
                string dots = "";
                for (int i = 0; i < 1000; i++) [|dots += "."|];
                for (int i = 0; i < rows.Length; i++) [|dots += ","|];
                return text + dots;
            }
        }
        """);

    [Fact]
    public Task Quiet_on_StringBuilder_single_concatenations_and_non_strings() => Verify.VerifyAsync("""
        using System.Text;
        static class M
        {
            public static string Build(int[] values)
            {
                var builder = new StringBuilder();
                foreach (var v in values) builder.Append(v);
                string head = "[";
                head += builder.ToString();
                int total = 0;
                foreach (var v in values) total += v;
                double[] sums = new double[3];
                for (int i = 0; i < 3; i++) sums[i] += i;
                return head + "]" + total;
            }
        }
        """);

    [Fact]
    public Task Quiet_when_the_string_starts_afresh_on_every_pass() => Verify.VerifyAsync("""
        static class M
        {
            public static List<string> Labels(int[] values)
            {
                var labels = new List<string>();
                foreach (var v in values)
                {
                    string label = "#";
                    label += v;
                    label = label + "!";
                    labels.Add(label);
                }
                return labels;
            }
        }
        """);

    [Fact]
    public Task Quiet_when_the_loop_ends_right_after_the_concatenation() => Verify.VerifyAsync("""
        static class M
        {
            public static string FirstNegative(int[] values)
            {
                string message = "none";
                foreach (var v in values)
                {
                    if (v < 0)
                    {
                        message += ": " + v;
                        break;
                    }
                }
                return message;
            }
        }
        """);

    [Fact]
    public Task Quiet_on_a_field_and_on_a_lambda_inside_a_loop() => Verify.VerifyAsync("""
        class M
        {
            private string _log = "";
            public void Run(int[] values)
            {
                foreach (var v in values)
                {
                    _log += v;
                    Func<string, string> twice = s => { s += s; return s; };
                    _log = twice(_log);
                }
            }
        }
        """);

    [Fact]
    public Task Never_throws_on_half_typed_code() => Verify.VerifyAsync("""
        static class M
        {
            public static string Build(int[] values)
            {
                string s = "";
                foreach (var v in values)
                    s +=
                for (int i = 0; i <
                    s = s +
            }
        """, allowCompilerErrors: true);

    [Fact]
    public void Descriptor_has_a_help_link_to_its_page()
    {
        Assert.Equal("https://github.com/mlkata/mlkata/blob/main/docs/rules/MLK1405.md", StringConcatInLoopAnalyzer.Rule.HelpLinkUri);
        Assert.Equal("MlKata.DSA", StringConcatInLoopAnalyzer.Rule.Category);
    }
}
