using System.Collections;
using MlKata.Katas;

namespace MlKata.Katas.Tests;

public class ReservoirSamplingTests
{
    // A lazy stream 0, 1, ..., length - 1 that counts how often it is enumerated and how many
    // items it hands out. (Never pass it to Check.Given: formatting it would enumerate it.)
    private sealed class CountingStream(int length) : IEnumerable<int>
    {
        public int Enumerations { get; private set; }
        public int ItemsRead { get; private set; }

        public IEnumerator<int> GetEnumerator()
        {
            Enumerations++;
            return Items();
        }

        private IEnumerator<int> Items()
        {
            for (int i = 0; i < length; i++)
            {
                ItemsRead++;
                yield return i;
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    private static int[] Sorted(int[] values) => values.Order().ToArray();

    [Fact]
    public void A_sample_holds_k_distinct_positions_of_the_stream()
    {
        // The stream 0..99 has distinct values, so distinct positions mean distinct values.
        for (int seed = 0; seed < 5; seed++)
        {
            int[] stream = Enumerable.Range(0, 100).ToArray();
            int k = 10;
            int[] sample = ReservoirSampling.Sample(stream, k, new Random(seed));
            var given = Check.Given(stream, k, seed).Hint(1);
            given.Equal(10, sample.Length);
            given.That(sample.Distinct().Count() == sample.Length && sample.All(v => v is >= 0 and < 100),
                "10 distinct values from 0..99", sample);
        }
    }

    [Fact]
    public void A_stream_shorter_than_k_is_returned_whole()
    {
        int[] stream = [5, 6, 7];
        int k = 5;
        Check.Given(stream, k).Hint(3).Equal([5, 6, 7], Sorted(ReservoirSampling.Sample(stream, k, new Random(1))));
    }

    [Fact]
    public void A_stream_of_exactly_k_is_returned_whole()
    {
        int[] stream = [9, 3, 4, 1];
        int k = 4;
        Check.Given(stream, k).Hint(3).Equal([1, 3, 4, 9], Sorted(ReservoirSampling.Sample(stream, k, new Random(1))));
    }

    [Fact]
    public void An_empty_stream_gives_an_empty_sample()
    {
        int[] stream = [];
        int k = 3;
        Check.Given(stream, k).Hint(3).Equal([], ReservoirSampling.Sample(stream, k, new Random(1)));
    }

    [Fact]
    public void K_zero_gives_an_empty_sample()
    {
        int[] stream = [1, 2, 3];
        int k = 0;
        Check.Given(stream, k).Hint(3).Equal([], ReservoirSampling.Sample(stream, k, new Random(1)));
    }

    [Fact]
    public void Repeated_values_are_sampled_by_position()
    {
        int[] stream = [7, 7, 7, 7, 7];
        int k = 2;
        Check.Given(stream, k).Hint(1).Equal([7, 7], ReservoirSampling.Sample(stream, k, new Random(3)));
    }

    [Fact]
    public void Every_item_is_equally_likely()
    {
        // Stream 0..9, k = 3: each item should be in 3/10 of the samples, 6,000 of 20,000.
        // The count is binomial with sd = sqrt(20,000 * 0.3 * 0.7) = 65, so +-400 is over 6 sd.
        // rng.Next(i) instead of rng.Next(i + 1) puts item 9 in 1/3 of them (6,667).
        const int n = 10, k = 3, trials = 20_000, seed = 2024;
        var counts = new int[n];
        var rng = new Random(seed);
        int[] stream = Enumerable.Range(0, n).ToArray();
        for (int t = 0; t < trials; t++)
            foreach (int item in ReservoirSampling.Sample(stream, k, rng))
                counts[item]++;
        Check.Given(stream, k, trials, seed).Hint(2).That(counts.All(c => Math.Abs(c - 6_000) <= 400),
            "every item in 6,000 +- 400 of 20,000 samples", counts);
    }

    [Fact]
    public void Every_pair_is_equally_likely()
    {
        // Stream 0..4, k = 2: each of the 10 pairs should come up in 1/10 of the samples, 2,000 of
        // 20,000 (sd = sqrt(20,000 * 0.1 * 0.9) = 42; +-250 is about 6 sd). Picking a random
        // window of neighbours, for instance, gets the items right but not the pairs.
        const int n = 5, k = 2, trials = 20_000, seed = 77;
        var pairs = new int[n, n];
        var rng = new Random(seed);
        int[] stream = Enumerable.Range(0, n).ToArray();
        for (int t = 0; t < trials; t++)
        {
            int[] sample = Sorted(ReservoirSampling.Sample(stream, k, rng));
            pairs[sample[0], sample[1]]++;
        }
        bool uniform = true;
        for (int a = 0; a < n; a++)
            for (int b = a + 1; b < n; b++)
                uniform &= Math.Abs(pairs[a, b] - 2_000) <= 250;
        Check.Given(stream, k, trials, seed).Hint(2).That(uniform, "every pair in 2,000 +- 250 of 20,000 samples (counts[a, b] for a < b)", pairs);
    }

    [Fact]
    public void The_same_seed_gives_the_same_sample()
    {
        int[] stream = Enumerable.Range(0, 50).ToArray();
        int k = 5, seed = 42;
        var first = Sorted(ReservoirSampling.Sample(stream, k, new Random(seed)));
        var second = Sorted(ReservoirSampling.Sample(stream, k, new Random(seed)));
        Check.Given(stream, k, seed).Hint(2).Equal(first, second);
    }

    [Fact]
    public void The_stream_is_read_once()
    {
        var stream = new CountingStream(1_000);
        int k = 10;
        ReservoirSampling.Sample(stream, k, new Random(5));
        string description = "a lazy stream of 0..999, k = 10";
        var given = Check.Given(description).Hint(1);
        given.Equal(1, stream.Enumerations);
        given.Equal(1_000, stream.ItemsRead);
    }

    [Fact]
    public void Memory_is_O_k_not_O_n()
    {
        // Sampling 10 of a million lazily produced items needs the reservoir and an enumerator:
        // well under 100 KB. Copying the stream first takes at least 4 MB (a million ints).
        ReservoirSampling.Sample(new CountingStream(100), 10, new Random(1)); // warm up
        var stream = new CountingStream(1_000_000);
        var rng = new Random(1);
        long before = GC.GetAllocatedBytesForCurrentThread();
        int[] sample = ReservoirSampling.Sample(stream, 10, rng);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        string description = "a lazy stream of 0..999,999, k = 10";
        var given = Check.Given(description).Hint(1);
        given.Equal(10, sample.Length);
        given.That(allocated < 100_000, "allocates under 100,000 bytes", allocated);
    }

    [Fact]
    public void Negative_k_is_rejected()
    {
        int[] stream = [1, 2, 3];
        int k = -1;
        Check.Given(stream, k).Throws<ArgumentOutOfRangeException>(() => ReservoirSampling.Sample(stream, k, new Random(1)), "k");
    }

    [Fact]
    public void Null_arguments_are_rejected()
    {
        int[] stream = [1, 2, 3];
        int k = 2;
        var given = Check.Given(stream, k);
        given.Throws<ArgumentNullException>(() => ReservoirSampling.Sample(null!, k, new Random(1)), "stream");
        given.Throws<ArgumentNullException>(() => ReservoirSampling.Sample(stream, k, null!), "rng");
    }

    [Fact]
    public void An_array_stream_is_not_modified()
    {
        int[] stream = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
        int k = 3;
        Check.Given(stream, k).Unchanged(() => ReservoirSampling.Sample(stream, k, new Random(8)));
    }
}
