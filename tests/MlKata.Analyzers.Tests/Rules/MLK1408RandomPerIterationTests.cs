using MlKata.Analyzers.CodeFixes;
using MlKata.Analyzers.Dsa;
using Verify = MlKata.Analyzers.Tests.Verification.Verifier<MlKata.Analyzers.Dsa.RandomPerIterationAnalyzer>;

namespace MlKata.Analyzers.Tests.Rules;

public class MLK1408RandomPerIterationTests
{
    [Fact]
    public Task Flags_a_generator_made_on_every_pass_of_a_loop() => Verify.VerifyAsync("""
        static class M
        {
            public static int[] Shuffle(int[] values, int seed)
            {
                var copy = (int[])values.Clone();
                for (int i = copy.Length - 1; i > 0; i--)
                {
                    int j = [|new Random(seed)|].Next(i + 1);
                    (copy[i], copy[j]) = (copy[j], copy[i]);
                }
                return copy;
            }

            public static double[] Noise(int n)
            {
                var noise = new double[n];
                int k = 0;
                while (k < n)
                {
                    var rng = [|new Random()|];
                    noise[k++] = rng.NextDouble();
                }
                return noise;
            }

            public static int Ticks(int n)
            {
                int sum = 0;
                foreach (var _ in Enumerable.Range(0, n)) sum += [|new Random(Environment.TickCount)|].Next(10);
                return sum;
            }
        }
        """);

    [Fact]
    public Task Flags_a_generator_made_for_every_item_of_a_query() => Verify.VerifyAsync("""
        static class M
        {
            public static int[] Shuffled(int[] values) => values.OrderBy(v => [|new Random()|].Next()).ToArray();
            public static void Fill(List<double> list, int seed) => list.ForEach(x => Console.WriteLine(x + [|new Random(seed)|].NextDouble()));
        }
        """);

    [Fact]
    public Task Flags_an_unseeded_generator_that_ignores_the_seed_or_rng_given() => Verify.VerifyAsync("""
        static class Splits
        {
            public static int[] Pick(int n, int seed)
            {
                var rng = [|new Random()|];
                return Enumerable.Range(0, n).Where(_ => rng.Next(2) == 0).ToArray();
            }
            public static int[] Sample(IEnumerable<int> stream, int k, Random rng) => stream.Take(k).Select(x => x + [|new Random()|].Next(1)).ToArray();
        }
        sealed class Bandit
        {
            private readonly Random _rng;
            public Bandit(int arms, int seed) { _rng = [|new Random()|]; }
            public int SelectArm() => [|new Random()|].Next(3);
        }
        """);

    [Fact]
    public Task Flags_the_shared_generator_where_a_seed_or_rng_was_given_and_never_used() => Verify.VerifyAsync("""
        sealed class Bandit
        {
            private readonly Random _rng;
            public Bandit(int arms, double epsilon, int seed) { _rng = [|Random.Shared|]; }
            public static int Draw(Random rng) => [|Random.Shared|].Next(10);
            public static int[] Pick(int n, int seed) => Enumerable.Range(0, n).Where(_ => [|Random.Shared|].Next(2) == 0).ToArray();
        }
        """);

    [Fact]
    public Task Quiet_on_the_shared_generator_as_a_fallback_or_with_nothing_given() => Verify.VerifyAsync("""
        sealed class Bandit
        {
            private readonly Random _rng;
            public Bandit(int arms) : this(arms, Random.Shared) { }
            public Bandit(int arms, Random rng) { _rng = rng; }
            public Bandit(int arms, int? seed) { _rng = seed is int s ? new Random(s) : Random.Shared; }
            public static int Draw(Random? rng = null) => (rng ?? Random.Shared).Next(10);
            public static int Roll() => Random.Shared.Next(6);
            public static int Pick(int n, int seed) => seed < 0 ? Random.Shared.Next(n) : new Random(seed).Next(n);
        }
        """);

    [Fact]
    public Task Quiet_on_one_generator_reused_and_on_a_fresh_seed_per_trial() => Verify.VerifyAsync("""
        static class M
        {
            public static int[] Shuffle(int[] values, int seed)
            {
                var rng = new Random(seed);
                var copy = (int[])values.Clone();
                for (int i = copy.Length - 1; i > 0; i--)
                {
                    int j = rng.Next(i + 1);
                    (copy[i], copy[j]) = (copy[j], copy[i]);
                }
                return copy;
            }

            public static int Trials()
            {
                int total = 0;
                for (int seed = 1; seed <= 20; seed++)
                {
                    var random = new Random(seed);
                    total += random.Next(10);
                }
                int s = 7;
                while (s < 100) { total += new Random(s).Next(); s *= 2; }
                var master = new Random(1);
                for (int i = 0; i < 3; i++) total += new Random(master.Next()).Next();
                var perItem = Enumerable.Range(0, 5).Select(i => new Random(i).Next()).Sum();
                for (var r = new Random(3); total < 100;) total += r.Next(10);
                return total + perItem;
            }
        }
        """);

    [Fact]
    public Task Quiet_on_a_generator_made_once_per_call_from_the_seed() => Verify.VerifyAsync("""
        sealed class Factorization
        {
            private readonly int _seed;
            public Factorization(int seed) => _seed = seed;
            public double Fit() { var random = new Random(_seed); return random.NextDouble(); }
        }
        sealed class Plain
        {
            private Random? _rng;
            public int Next() { _rng ??= new Random(); return _rng.Next(); }
            public static int Once(int n) => new Random().Next(n);
            public static int Draw(int n, int seed) => (seed >= 0 ? new Random(seed) : new Random()).Next(n);
        }
        """);

    [Fact]
    public Task Flags_a_second_unseeded_generator_beside_a_seed_or_a_generator_the_type_holds() => Verify.VerifyAsync("""
        sealed class Factorization
        {
            private readonly int _seed;
            private readonly Random _shared = [|new Random()|];
            public Factorization(int seed) => _seed = seed;
            public double Fit() { var random = new Random(_seed); return random.NextDouble() + _shared.NextDouble(); }
        }
        sealed class Plain
        {
            private readonly Random _rng = new Random(42);
            public int Next() => [|new Random()|].Next();
        }
        """);

    [Fact]
    public Task Code_fix_seeds_the_generator_or_uses_the_one_given() => Verify.VerifyCodeFixAsync<UseGivenRandomCodeFix>("""
        static class Splits
        {
            public static int[] Pick(int n, int seed)
            {
                var rng = [|new Random()|];
                return Enumerable.Range(0, n).Where(_ => rng.Next(2) == 0).ToArray();
            }
            public static int Draw(int n, Random random) => [|new Random()|].Next(n);
        }
        sealed class Bandit
        {
            private readonly Random _rng;
            public Bandit(int arms, short seed) { _rng = [|new()|]; }
        }
        """, """
        static class Splits
        {
            public static int[] Pick(int n, int seed)
            {
                var rng = new Random(seed);
                return Enumerable.Range(0, n).Where(_ => rng.Next(2) == 0).ToArray();
            }
            public static int Draw(int n, Random random) => random.Next(n);
        }
        sealed class Bandit
        {
            private readonly Random _rng;
            public Bandit(int arms, short seed) { _rng = new(seed); }
        }
        """);

    [Fact]
    public Task Code_fix_offers_nothing_for_a_loop_a_long_seed_or_a_field_initializer() => Verify.VerifyCodeFixAsync<UseGivenRandomCodeFix>("""
        static class M
        {
            public static int Sum(int n, long seed)
            {
                int total = [|new Random()|].Next();
                for (int i = 0; i < n; i++) total += [|new Random()|].Next(10);
                return total;
            }
        }
        sealed class Model
        {
            private readonly int _seed;
            private readonly Random _rng = [|new Random()|];
            public Model(int seed) => _seed = seed;
            public int Next() => _rng.Next();
        }
        """, null);

    [Fact]
    public Task Never_throws_on_half_typed_code() => Verify.VerifyAsync("""
        static class M
        {
            public static int Run(int n, int seed)
            {
                for (int i = 0; i < n; i++)
                    var r = new Random(
                foreach (var x in new Random().
                return new Random(seed
        """, allowCompilerErrors: true);

    [Fact]
    public void Descriptor_has_a_help_link_to_its_page() =>
        Assert.Equal("https://github.com/mlkata/mlkata/blob/main/docs/rules/MLK1408.md", RandomPerIterationAnalyzer.Rule.HelpLinkUri);
}
