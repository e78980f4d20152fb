using Xunit.Sdk;

namespace MlKata.Katas.Tests;

/// <summary>Check.Given(...).Unchanged: the katas' test that a solution leaves its inputs alone.</summary>
public sealed class CheckTests
{
    [Fact]
    public void A_call_that_reads_its_input_passes()
    {
        double[] values = Enumerable.Range(0, 50).Select(i => (double)i).ToArray();
        Check.Given(values).Unchanged(() => values.Sum());
        Assert.Equal(49.0, values[^1]);
    }

    [Fact]
    public void A_write_among_the_items_shown_is_reported_with_both_values()
    {
        int[] values = [3, 1, 2];
        var failure = Assert.Throws<XunitException>(() => Check.Given(values).Unchanged(() => Array.Sort(values)));
        Assert.Contains("expected: values unchanged, [3, 1, 2]", failure.Message);
        Assert.Contains("actual:   values is now [1, 2, 3]", failure.Message);
    }

    [Fact]
    public void A_write_past_the_items_a_message_shows_is_still_a_mutation()
    {
        int[] values = Enumerable.Range(0, 50).ToArray();
        var failure = Assert.Throws<XunitException>(() => Check.Given(values).Unchanged(() => values[30] = -1));
        Assert.Contains("values is now [0, 1, 2", failure.Message);
        Assert.Contains("an item past the ones shown changed", failure.Message);
    }

    [Fact]
    public void A_write_deep_in_a_jagged_input_is_a_mutation()
    {
        double[][] rows = Enumerable.Range(0, 30).Select(i => new double[25]).ToArray();
        Assert.Throws<XunitException>(() => Check.Given(rows).Unchanged(() => rows[29][24] = 1));
    }

    [Fact]
    public void Only_the_mutated_input_fails_the_check()
    {
        int[] kept = Enumerable.Range(0, 40).ToArray(), changed = Enumerable.Range(0, 40).ToArray();
        var failure = Assert.Throws<XunitException>(() => Check.Given(kept, changed).Unchanged(() => changed[39] = 0));
        Assert.Contains("changed is now", failure.Message);
        Assert.DoesNotContain("kept is now", failure.Message);
    }
}
