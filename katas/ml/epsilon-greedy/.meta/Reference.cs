namespace MlKata.Katas;

public sealed class EpsilonGreedyBandit
{
    private readonly double _epsilon;
    private readonly Random _rng;
    private readonly double[] _estimates;
    private readonly long[] _pulls;

    public EpsilonGreedyBandit(int arms, double epsilon, int seed)
    {
        if (arms < 1) throw new ArgumentOutOfRangeException(nameof(arms), arms, "A bandit needs at least one arm.");
        if (!(epsilon >= 0.0 && epsilon <= 1.0))
            throw new ArgumentOutOfRangeException(nameof(epsilon), epsilon, "epsilon is a probability: it must be in [0, 1].");
        _epsilon = epsilon;
        _rng = new Random(seed);
        _estimates = new double[arms];
        _pulls = new long[arms];
    }

    public int SelectArm()
    {
        // NextDouble() is in [0, 1): never below 0 (pure greed) and always below 1 (pure exploration).
        if (_rng.NextDouble() < _epsilon) return _rng.Next(_estimates.Length);

        int best = 0;
        for (int arm = 1; arm < _estimates.Length; arm++)
            if (_estimates[arm] > _estimates[best]) best = arm; // strict: ties stay with the lowest arm
        return best;
    }

    public void Update(int arm, double reward)
    {
        if ((uint)arm >= (uint)_estimates.Length)
            throw new ArgumentOutOfRangeException(nameof(arm), arm, $"arm must be between 0 and {_estimates.Length - 1}.");
        if (double.IsNaN(reward)) throw new ArgumentException("reward is NaN; it would poison the arm's mean for good.", nameof(reward));
        _pulls[arm]++;
        _estimates[arm] += (reward - _estimates[arm]) / _pulls[arm];
    }

    public double[] Estimates => (double[])_estimates.Clone();
}
