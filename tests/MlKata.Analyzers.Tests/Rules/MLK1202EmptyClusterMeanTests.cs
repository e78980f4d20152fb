using MlKata.Analyzers.Models;
using Verify = MlKata.Analyzers.Tests.Verification.Verifier<MlKata.Analyzers.Models.EmptyClusterMeanAnalyzer>;

namespace MlKata.Analyzers.Tests.Rules;

public class MLK1202EmptyClusterMeanTests
{
    [Fact]
    public Task Flags_sum_over_count_without_an_empty_check() => Verify.VerifyAsync("""
        sealed class KMeans
        {
            static void Update(double[][] x, int[] labels, double[][] centroids, double[][] sums, int[] counts)
            {
                for (int i = 0; i < x.Length; i++)
                {
                    for (int j = 0; j < x[i].Length; j++) sums[labels[i]][j] += x[i][j];
                    counts[labels[i]]++;
                }
                for (int c = 0; c < centroids.Length; c++)
                    for (int j = 0; j < sums[c].Length; j++)
                        centroids[c][j] = [|sums[c][j] / counts[c]|];
            }
        }
        """);

    [Fact]
    public Task Flags_a_local_count_a_list_count_and_a_compound_division() => Verify.VerifyAsync("""
        static class Clustering
        {
            public static double[] Centroid(double[][] x, int[] labels, int cluster)
            {
                var sum = new double[x[0].Length];
                int count = 0;
                for (int i = 0; i < x.Length; i++)
                {
                    if (labels[i] != cluster) continue;
                    for (int j = 0; j < sum.Length; j++) sum[j] += x[i][j];
                    count++;
                }
                for (int j = 0; j < sum.Length; j++) [|sum[j] /= count|];
                return sum;
            }

            public static double[] MeanOf(double[][] x, int[] labels, int cluster)
            {
                var clusterPoints = x.Where((_, i) => labels[i] == cluster).ToList();
                var total = new double[2];
                foreach (var p in clusterPoints) { total[0] += p[0]; total[1] += p[1]; }
                return new[] { [|total[0] / clusterPoints.Count|], [|total[1] / clusterPoints.Count|] };
            }
        }
        """);

    [Fact]
    public Task Quiet_when_the_empty_cluster_is_handled() => Verify.VerifyAsync("""
        sealed class KMeans
        {
            static void Update(double[][] centroids, double[][] sums, int[] counts)
            {
                for (int c = 0; c < centroids.Length; c++)
                {
                    if (counts[c] == 0) continue;
                    for (int j = 0; j < sums[c].Length; j++) centroids[c][j] = sums[c][j] / counts[c];
                }
            }

            static double[] Mean(double[] sum, int count) => sum.Select(s => s / count).ToArray();

            // a parameter: the caller decides which clusters reach this helper
            static double MeanOf(double sum, int count) => sum / count;

            static void Guarded(double[][] centroids, double[][] sums, List<double[]> points)
            {
                var clusterPoints = points.ToList();
                int count = clusterPoints.Count;
                if (count > 0) centroids[0][0] = sums[0][0] / count;
                if (clusterPoints.Any()) centroids[1][0] = sums[1][0] / clusterPoints.Count;
                centroids[2][0] = count == 0 ? centroids[2][0] : sums[2][0] / count;
            }

            static double Inertia(double total, int n) => total / n;

            static double[] MeanOfMembers(List<double[]> clusterPoints) => new[] { clusterPoints.Sum(p => p[0]) / clusterPoints.Count };
        }
        """);

    [Fact]
    public Task Quiet_outside_clustering_code() => Verify.VerifyAsync("""
        static class Stats
        {
            public static double Average(double[] values)
            {
                double sum = 0;
                int count = 0;
                foreach (var v in values) { sum += v; count++; }
                return sum / count;
            }
        }
        """);

    [Fact]
    public Task Quiet_on_groups_that_cannot_be_empty() => Verify.VerifyAsync("""
        sealed class KMeans
        {
            static double[] Means(double[] x, int[] labels) =>
                labels.Zip(x).GroupBy(p => p.First).Select(g => g.Sum(p => p.Second) / g.Count()).ToArray();
        }
        """);

    [Fact]
    public Task Quiet_and_never_throws_on_half_typed_code() => Verify.VerifyAsync("""
        sealed class KMeans
        {
            static void Update(double[][] centroids, double[][] sums, int[] counts)
            {
                for (int c = 0; c < centroids.Length; c++)
                    centroids[c][0] = sums[c][0] / counts[
                int count;
                double m = sums / count.;
            }
        }
        """, allowCompilerErrors: true);

    [Fact]
    public void Descriptor_has_a_help_link_to_its_page()
    {
        Assert.Equal("https://github.com/mlkata/mlkata/blob/main/docs/rules/MLK1202.md", EmptyClusterMeanAnalyzer.Rule.HelpLinkUri);
        Assert.StartsWith("centroid mean of a cluster that can be empty", EmptyClusterMeanAnalyzer.Rule.MessageFormat.ToString());
    }
}
