using MlKata.Katas;

namespace MlKata.Katas.Tests;

public class EpsilonGreedyBanditTests
{
    // Share of `pulls` SelectArm calls that went to each arm.
    private static double[] PullShares(EpsilonGreedyBandit bandit, int arms, int pulls)
    {
        var counts = new double[arms];
        for (int i = 0; i < pulls; i++) counts[bandit.SelectArm()]++;
        return counts.Select(c => c / pulls).ToArray();
    }

    [Fact]
    public void Estimates_start_at_zero()
    {
        int arms = 3, seed = 1;
        double epsilon = 0.1;
        var bandit = new EpsilonGreedyBandit(arms, epsilon, seed);
        Check.Given(arms, epsilon, seed).Hint(1).Near([0.0, 0.0, 0.0], bandit.Estimates);
    }

    [Fact]
    public void Estimates_are_running_means_of_each_arms_rewards()
    {
        // Arm 1 gets 1, 0, 0.5: mean (1 + 0 + 0.5) / 3 = 0.5. Arm 2 gets -3: mean -3. Arm 0 gets nothing: 0.
        // (Halving towards each reward would give ((1/2)/2 + 0.5)/2 = 0.375 for arm 1.)
        var bandit = new EpsilonGreedyBandit(3, 0.0, 7);
        string calls = "new(arms: 3, epsilon: 0, seed: 7); Update(1, 1.0); Update(1, 0.0); Update(1, 0.5); Update(2, -3.0)";
        bandit.Update(1, 1.0);
        bandit.Update(1, 0.0);
        bandit.Update(1, 0.5);
        bandit.Update(2, -3.0);
        Check.Given(calls).Hint(3).Near([0.0, 0.5, -3.0], bandit.Estimates);
    }

    [Fact]
    public void A_long_run_of_rewards_averages_exactly()
    {
        // Rewards 1, 2, ..., 100 on arm 0: the mean is 101 / 2 = 50.5.
        var bandit = new EpsilonGreedyBandit(2, 0.5, 3);
        string calls = "new(arms: 2, epsilon: 0.5, seed: 3); Update(0, r) for r = 1, 2, ..., 100";
        for (int reward = 1; reward <= 100; reward++) bandit.Update(0, reward);
        Check.Given(calls).Hint(3).Near([50.5, 0.0], bandit.Estimates);
    }

    [Fact]
    public void Estimates_returns_a_copy()
    {
        var bandit = new EpsilonGreedyBandit(2, 0.0, 1);
        string calls = "new(arms: 2, epsilon: 0, seed: 1); Update(1, 2.0); then both entries of an Estimates result set to 99";
        bandit.Update(1, 2.0);
        double[] copy = bandit.Estimates;
        copy[0] = 99.0;
        copy[1] = 99.0;
        Check.Given(calls).Hint(3).Near([0.0, 2.0], bandit.Estimates);
    }

    [Fact]
    public void With_all_estimates_equal_greed_picks_arm_zero()
    {
        int arms = 4, seed = 11;
        double epsilon = 0.0;
        var bandit = new EpsilonGreedyBandit(arms, epsilon, seed);
        var given = Check.Given(arms, epsilon, seed).Hint(2);
        for (int i = 0; i < 20; i++) given.Equal(0, bandit.SelectArm());
    }

    [Fact]
    public void Greed_picks_the_highest_estimate()
    {
        // Estimates [0, 0, 1]: epsilon 0 always exploits arm 2.
        var bandit = new EpsilonGreedyBandit(3, 0.0, 5);
        string calls = "new(arms: 3, epsilon: 0, seed: 5); Update(2, 1.0)";
        bandit.Update(2, 1.0);
        var given = Check.Given(calls).Hint(2);
        for (int i = 0; i < 20; i++) given.Equal(2, bandit.SelectArm());
    }

    [Fact]
    public void Equal_best_estimates_go_to_the_lowest_arm()
    {
        // Estimates [0.5, 0.7, 0.7]: arms 1 and 2 tie, arm 1 wins.
        var bandit = new EpsilonGreedyBandit(3, 0.0, 5);
        string calls = "new(arms: 3, epsilon: 0, seed: 5); Update(0, 0.5); Update(1, 0.7); Update(2, 0.7)";
        bandit.Update(0, 0.5);
        bandit.Update(1, 0.7);
        bandit.Update(2, 0.7);
        Check.Given(calls).Hint(2).Equal(1, bandit.SelectArm());
    }

    [Fact]
    public void Negative_estimates_are_compared_like_any_others()
    {
        // Estimates [-3, -1, -2]: the best is arm 1, even though every estimate is below the starting 0.
        var bandit = new EpsilonGreedyBandit(3, 0.0, 5);
        string calls = "new(arms: 3, epsilon: 0, seed: 5); Update(0, -3.0); Update(1, -1.0); Update(2, -2.0)";
        bandit.Update(0, -3.0);
        bandit.Update(1, -1.0);
        bandit.Update(2, -2.0);
        Check.Given(calls).Hint(2).Equal(1, bandit.SelectArm());

        // Estimates [-1, 0, 0]: arms 1 and 2 tie at 0, arm 1 wins.
        var second = new EpsilonGreedyBandit(3, 0.0, 5);
        string secondCalls = "new(arms: 3, epsilon: 0, seed: 5); Update(0, -1.0)";
        second.Update(0, -1.0);
        Check.Given(secondCalls).Hint(2).Equal(1, second.SelectArm());
    }

    [Fact]
    public void SelectArm_does_not_change_the_estimates()
    {
        var bandit = new EpsilonGreedyBandit(3, 0.5, 9);
        string calls = "new(arms: 3, epsilon: 0.5, seed: 9); Update(1, 4.0); then 50 SelectArm() calls";
        bandit.Update(1, 4.0);
        for (int i = 0; i < 50; i++) bandit.SelectArm();
        Check.Given(calls).Hint(1).Near([0.0, 4.0, 0.0], bandit.Estimates);
    }

    [Fact]
    public void Epsilon_one_explores_uniformly_over_all_arms_including_the_best()
    {
        // 40 000 pulls over 4 arms: each share is 0.25 with standard deviation sqrt(0.25 * 0.75 / 40000) = 0.0022,
        // so +-0.02 is a 9-sigma bound. Arm 3 is the clear leader and must still get its quarter.
        var bandit = new EpsilonGreedyBandit(4, 1.0, 2024);
        string calls = "new(arms: 4, epsilon: 1, seed: 2024); Update(3, 10.0); 40 000 SelectArm() calls";
        bandit.Update(3, 10.0);
        double[] shares = PullShares(bandit, 4, 40_000);
        Check.Given(calls).Hint(2).That(shares.All(s => Math.Abs(s - 0.25) <= 0.02), "every arm pulled 25% +- 2% of the time", shares);
    }

    [Theory]
    [InlineData(17)]
    [InlineData(99)]
    public void Epsilon_point_two_pulls_the_best_arm_85_percent_of_the_time(int seed)
    {
        // P(best) = (1 - 0.2) + 0.2 / 4 = 0.85, P(each other arm) = 0.2 / 4 = 0.05.
        // Over 40 000 pulls the standard deviations are 0.0018 and 0.0011, so +-0.01 and +-0.006 are 5-sigma bounds.
        // (Exploring only among the other arms would give 0.8; exploring with probability 1 - epsilon, 0.4.)
        var bandit = new EpsilonGreedyBandit(4, 0.2, seed);
        string calls = "new(arms: 4, epsilon: 0.2, seed); Update(2, 1.0); 40 000 SelectArm() calls";
        bandit.Update(2, 1.0);
        double[] shares = PullShares(bandit, 4, 40_000);
        var given = Check.Given(calls, seed).Hint(2);
        given.That(Math.Abs(shares[2] - 0.85) <= 0.01, "the best arm (2) pulled 85% +- 1% of the time", shares);
        given.That(new[] { 0, 1, 3 }.All(a => Math.Abs(shares[a] - 0.05) <= 0.006), "each other arm pulled 5% +- 0.6% of the time", shares);
    }

    [Fact]
    public void A_single_arm_is_always_chosen()
    {
        int arms = 1, seed = 4;
        double epsilon = 0.5;
        var bandit = new EpsilonGreedyBandit(arms, epsilon, seed);
        var given = Check.Given(arms, epsilon, seed).Hint(1);
        for (int i = 0; i < 20; i++) given.Equal(0, bandit.SelectArm());
    }

    // The arms chosen over `steps` rounds (4 arms, epsilon 0.5) in which arm 1 pays 1 and the others pay 0.
    private static int[] Play(int seed, int steps)
    {
        var bandit = new EpsilonGreedyBandit(4, 0.5, seed);
        var arms = new int[steps];
        for (int i = 0; i < steps; i++)
        {
            arms[i] = bandit.SelectArm();
            bandit.Update(arms[i], arms[i] == 1 ? 1.0 : 0.0);
        }
        return arms;
    }

    [Fact]
    public void The_same_seed_gives_the_same_choices()
    {
        int seed = 123;
        Check.Given(seed).Hint(1).Equal(Play(seed, 200), Play(seed, 200));
    }

    [Fact]
    public void Different_seeds_give_different_choices()
    {
        // 200 rounds with epsilon 0.5 over 4 arms: two independent runs agreeing everywhere is practically impossible.
        int seedA = 1, seedB = 2;
        int[] first = Play(seedA, 200), second = Play(seedB, 200);
        Check.Given(seedA, seedB).Hint(1).That(!first.SequenceEqual(second), "the two runs differ somewhere", second);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public void Arms_below_one_are_rejected(int arms)
    {
        Check.Given(arms).Throws<ArgumentOutOfRangeException>(() => new EpsilonGreedyBandit(arms, 0.1, 1), "arms");
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.1)]
    [InlineData(double.NaN)]
    public void Epsilon_outside_zero_to_one_is_rejected(double epsilon)
    {
        Check.Given(epsilon).Throws<ArgumentOutOfRangeException>(() => new EpsilonGreedyBandit(3, epsilon, 1), "epsilon");
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(3)]
    public void Updating_an_arm_that_does_not_exist_is_rejected(int arm)
    {
        var bandit = new EpsilonGreedyBandit(3, 0.1, 1);
        Check.Given(arm).Throws<ArgumentOutOfRangeException>(() => bandit.Update(arm, 1.0), "arm");
    }
}
