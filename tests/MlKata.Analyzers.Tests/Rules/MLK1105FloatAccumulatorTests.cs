using MlKata.Analyzers.CodeFixes;
using MlKata.Analyzers.Numerics;
using Verify = MlKata.Analyzers.Tests.Verification.Verifier<MlKata.Analyzers.Numerics.FloatAccumulatorAnalyzer>;

namespace MlKata.Analyzers.Tests.Rules;

public class MLK1105FloatAccumulatorTests
{
    [Fact]
    public Task Flags_a_float_sum_over_an_array() => Verify.VerifyAsync("""
        static class M
        {
            public static double Mean(double[] values)
            {
                float sum = 0;
                for (int i = 0; i < values.Length; i++) [|sum += (float)values[i]|];
                return sum / values.Length;
            }

            public static float Total(float[] values)
            {
                float total = 0f;
                foreach (float v in values) [|total += v|];
                return total;
            }

            public static float[] RowSums(float[][] x)
            {
                var sums = new float[x.Length];
                for (int i = 0; i < x.Length; i++)
                {
                    float s = 0;
                    for (int j = 0; j < x[i].Length; j++) [|s = s + x[i][j] * x[i][j]|];
                    sums[i] = s;
                }
                return sums;
            }

            public static float Residual(List<float> errors)
            {
                var loss = 0f;
                int i = 0;
                while (i < errors.Count) { [|loss -= errors[i]|]; i++; }
                return loss;
            }
        }
        """);

    [Fact]
    public Task Quiet_on_double_accumulators_fields_and_non_loop_sums() => Verify.VerifyAsync("""
        class M
        {
            float _running;

            public double Mean(float[] values)
            {
                double sum = 0;
                foreach (float v in values) sum += v;
                return sum / values.Length;
            }

            public void Observe(float[] values)
            {
                foreach (float v in values) _running += v;
            }

            public float Pair(float[] values)
            {
                float s = 0;
                s += values[0];
                s += values[1];
                return s;
            }

            public float Steps(int n)
            {
                float t = 0;
                for (int i = 0; i < n; i++) t += 0.5f;
                return t;
            }

            public float Fresh(float[] values)
            {
                float last = 0;
                for (int i = 0; i < values.Length; i++)
                {
                    float local = 0;
                    local += values[i];
                    last = local;
                }
                return last;
            }
        }
        """);

    [Fact]
    public Task Never_throws_on_half_typed_code() => Verify.VerifyAsync("""
        static class M
        {
            public static float Total(float[] values)
            {
                float total = 0f;
                foreach (float v in values) total +=
            }
        """, allowCompilerErrors: true);

    [Fact]
    public Task Code_fix_declares_a_double_and_narrows_once_where_a_float_is_needed() => Verify.VerifyCodeFixAsync<DoubleAccumulatorCodeFix>("""
        static class M
        {
            public static float Total(float[] values)
            {
                float total = 0f;
                foreach (float v in values) [|total += v|];
                return total;
            }

            public static float Mean(float[] values)
            {
                float sum = 0;
                for (int i = 0; i < values.Length; i++) [|sum += values[i]|];
                float mean = sum / values.Length;
                return mean;
            }
        }
        """, """
        static class M
        {
            public static float Total(float[] values)
            {
                double total = 0f;
                foreach (float v in values) total += v;
                return (float)total;
            }

            public static float Mean(float[] values)
            {
                double sum = 0;
                for (int i = 0; i < values.Length; i++) sum += values[i];
                float mean = (float)(sum / values.Length);
                return mean;
            }
        }
        """);

    [Fact]
    public Task Code_fix_on_a_double_context_needs_no_cast() => Verify.VerifyCodeFixAsync<DoubleAccumulatorCodeFix>("""
        static class M
        {
            public static double Mean(double[] values)
            {
                var sum = 0f;
                foreach (double v in values) [|sum += (float)v|];
                return sum / values.Length;
            }
        }
        """, """
        static class M
        {
            public static double Mean(double[] values)
            {
                double sum = 0f;
                foreach (double v in values) sum += (float)v;
                return sum / values.Length;
            }
        }
        """);

    [Fact]
    public void Descriptor_has_a_help_link_to_its_page() =>
        Assert.Equal("https://github.com/mlkata/mlkata/blob/main/docs/rules/MLK1105.md", FloatAccumulatorAnalyzer.Rule.HelpLinkUri);
}
