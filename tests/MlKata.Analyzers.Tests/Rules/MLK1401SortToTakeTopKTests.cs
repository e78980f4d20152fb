using MlKata.Analyzers.Dsa;
using Verify = MlKata.Analyzers.Tests.Verification.Verifier<MlKata.Analyzers.Dsa.SortToTakeTopKAnalyzer>;

namespace MlKata.Analyzers.Tests.Rules;

public class MLK1401SortToTakeTopKTests
{
    [Fact]
    public Task Flags_order_by_then_take_k() => Verify.VerifyAsync("""
        static class TopKFrequent
        {
            public static int[] Find(int[] values, int k)
            {
                var counts = new Dictionary<int, int>();
                foreach (var v in values) counts[v] = counts.GetValueOrDefault(v) + 1;
                return counts.[|OrderByDescending(p => p.Value)|].ThenBy(p => p.Key).Select(p => p.Key).Take(k).ToArray();
            }
        }
        """);

    [Fact]
    public Task Flags_a_foreach_over_the_sorted_items_that_stops_at_k() => Verify.VerifyAsync("""
        static class PopularityBaseline
        {
            public static int[] Recommend((int User, int Item)[] interactions, int user, int k)
            {
                var counts = interactions.GroupBy(r => r.Item).Select(g => (Item: g.Key, Count: g.Count()));
                var result = new List<int>();
                foreach (var (item, _) in counts.[|OrderByDescending(c => c.Count)|].ThenBy(c => c.Item))
                {
                    if (result.Count == k) break;
                    result.Add(item);
                }
                var ranked = counts.[|OrderBy(c => -c.Count)|];
                foreach (var c in ranked)
                    if (result.Count < k) result.Add(c.Item);
                return result.ToArray();
            }
        }
        """);

    [Fact]
    public Task Flags_array_sort_then_slice_index_or_loop_to_k() => Verify.VerifyAsync("""
        static class Retrieval
        {
            public static int[] TopK(double[] scores, int k)
            {
                var keys = new double[scores.Length];
                var order = new int[scores.Length];
                for (int i = 0; i < scores.Length; i++) { keys[i] = -scores[i]; order[i] = i; }
                [|Array.Sort(keys, order)|];
                return order[..k];
            }

            public static int KthLargest(int[] values, int k)
            {
                var copy = (int[])values.Clone();
                [|Array.Sort(copy)|];
                return copy[copy.Length - k];
            }

            public static List<int> Recommend(List<(int Item, int Count)> popularity, int k)
            {
                var ranked = new List<(int Item, int Count)>(popularity);
                [|ranked.Sort((a, b) => b.Count.CompareTo(a.Count))|];
                var result = new List<int>();
                for (int i = 0; i < k && i < ranked.Count; i++) result.Add(ranked[i].Item);
                return result;
            }

            public static int[] Nearest(double[] distances, int k)
            {
                var sorted = distances.Select((d, i) => (d, i)).[|OrderBy(p => p.d)|].ToList();
                return sorted.GetRange(0, k).Select(p => p.i).ToArray();
            }
        }
        """);

    [Fact]
    public Task Quiet_when_only_the_k_kept_items_are_sorted() => Verify.VerifyAsync("""
        static class Retrieval
        {
            public static int[] TopK(double[] scores, int k)
            {
                var heap = new PriorityQueue<int, double>();
                for (int i = 0; i < scores.Length; i++)
                {
                    heap.Enqueue(i, scores[i]);
                    if (heap.Count > k) heap.Dequeue();
                }
                var best = new int[k];
                for (int slot = k - 1; slot >= 0; slot--) best[slot] = heap.Dequeue();
                Array.Sort(best);
                for (int i = 0; i < k; i++) best[i] += 0;
                return best;
            }

            public static int[] Nearest(double[] distances, int k)
            {
                var heap = new PriorityQueue<int, double>(Comparer<double>.Create((a, b) => b.CompareTo(a)));
                for (int i = 0; i < distances.Length; i++)
                {
                    heap.Enqueue(i, distances[i]);
                    if (heap.Count > k) heap.Dequeue();
                }
                var kept = new List<int>();
                while (heap.Count > 0) kept.Add(heap.Dequeue());
                kept.Sort((a, b) => distances[a].CompareTo(distances[b]));
                var result = new int[k];
                for (int i = 0; i < k; i++) result[i] = kept[i];
                return result;
            }

            public static int[] Recommend(PriorityQueue<int, int> kept, int k) =>
                kept.UnorderedItems.OrderBy(e => e.Priority).Select(e => e.Element).Take(k).ToArray();
        }
        """);

    [Fact]
    public Task Quiet_when_the_sort_is_needed_or_not_about_top_k() => Verify.VerifyAsync("""
        static class M
        {
            public static int[] Sorted(int[] values, int k) => values.OrderBy(v => v).Take(k).ToArray();

            public static double NdcgAtK(double[] relevance, int k)
            {
                var ideal = (double[])relevance.Clone();
                Array.Sort(ideal);
                return ideal[..k].Sum();
            }

            public static int[] FindAll(int[] values, int target)
            {
                var copy = values.OrderBy(v => v).ToArray();
                return copy.Take(target).ToArray();
            }

            public static int[] TopK(int[] values, int k)
            {
                var copy = values.OrderBy(v => v).ToArray();
                var all = new List<int>();
                foreach (var v in values.OrderBy(v => v)) all.Add(v);
                return copy;
            }

            public static int[] Best(int[] values, int k)
            {
                var copy = (int[])values.Clone();
                var take = copy.Take(k).ToArray();
                Array.Sort(copy);
                return take;
            }
        }
        """);

    [Fact]
    public Task Quiet_and_never_throws_on_half_typed_code() => Verify.VerifyAsync("""
        static class M
        {
            public static int[] TopK(int[] values, int k) => values.OrderBy(v => v).Take(
            public static int[] Find(int[] values, int k) { var c = values.OrderBy(; return c[..k]; }
            public static int[] Best(int[] values, int k) { Array.Sort(missing); return missing[..k]; }
        }
        """, allowCompilerErrors: true);

    [Fact]
    public void Descriptor_has_a_help_link_to_its_page()
    {
        Assert.Equal("https://github.com/mlkata/mlkata/blob/main/docs/rules/MLK1401.md", SortToTakeTopKAnalyzer.Rule.HelpLinkUri);
        Assert.Equal(MlKata.Analyzers.Rules.Categories.Dsa, SortToTakeTopKAnalyzer.Rule.Category);
    }
}
