namespace MlKata.Katas;

public sealed class EpsilonGreedyBandit
{
    private record struct ArmStatistics(long Pulls, double MeanReward)
    {
        public ArmStatistics Observe(double reward)
        {
            long pulls = Pulls + 1;
            return new ArmStatistics(pulls, MeanReward + (reward - MeanReward) / pulls);
        }
    }

    private readonly double explorationProbability;
    private readonly Random randomSource;
    private readonly ArmStatistics[] arms;

    public EpsilonGreedyBandit(int arms, double epsilon, int seed)
    {
        if (arms < 1) throw new ArgumentOutOfRangeException(nameof(arms), arms, "The bandit needs at least one arm.");
        if (!(epsilon >= 0 && epsilon <= 1)) throw new ArgumentOutOfRangeException(nameof(epsilon), epsilon, "epsilon must be a probability.");
        explorationProbability = epsilon;
        randomSource = new Random(seed);
        this.arms = new ArmStatistics[arms];
    }

    public int SelectArm()
    {
        bool explore = randomSource.NextDouble() < explorationProbability;
        return explore ? randomSource.Next(arms.Length) : GreediestArm();
    }

    public void Update(int arm, double reward)
    {
        if (arm < 0 || arm >= arms.Length)
            throw new ArgumentOutOfRangeException(nameof(arm), arm, "There is no such arm.");
        if (double.IsNaN(reward)) throw new ArgumentException("A NaN reward cannot be averaged.", nameof(reward));
        arms[arm] = arms[arm].Observe(reward);
    }

    public double[] Estimates => arms.Select(statistics => statistics.MeanReward).ToArray();

    // A later arm only takes over with a strictly higher estimate: ties go to the lowest arm.
    private int GreediestArm() =>
        Enumerable.Range(0, arms.Length)
            .Aggregate((best, candidate) => arms[candidate].MeanReward > arms[best].MeanReward ? candidate : best);
}
