// Mistake: draws from Random.Shared instead of new Random(seed), so no run of the bandit (or of a test or a simulation) can be reproduced.
// Expect: MLK1408
namespace MlKata.Katas;

public sealed class EpsilonGreedyBandit
{
    private readonly double _epsilon;
    private readonly Random _rng;
    private readonly double[] _estimates;
    private readonly int[] _counts;

    public EpsilonGreedyBandit(int arms, double epsilon, int seed)
    {
        if (arms < 1) throw new ArgumentOutOfRangeException(nameof(arms));
        if (!(epsilon >= 0 && epsilon <= 1)) throw new ArgumentOutOfRangeException(nameof(epsilon));
        _rng = Random.Shared;
        _epsilon = epsilon;
        _estimates = new double[arms];
        _counts = new int[arms];
    }

    public int SelectArm()
    {
        if (_rng.NextDouble() < _epsilon) return _rng.Next(_estimates.Length);
        int best = 0;
        for (int a = 1; a < _estimates.Length; a++)
            if (_estimates[a] > _estimates[best]) best = a;
        return best;
    }

    public void Update(int arm, double reward)
    {
        if (arm < 0 || arm >= _estimates.Length) throw new ArgumentOutOfRangeException(nameof(arm));
        _counts[arm]++;
        _estimates[arm] += (reward - _estimates[arm]) / _counts[arm];
    }

    public double[] Estimates => (double[])_estimates.Clone();
}
