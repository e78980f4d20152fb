// Mistake: the greedy search starts from a best value of 0.0 instead of arm 0's estimate, so when every estimate is negative it returns arm 0 whatever the estimates say.
// Expect: none
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
        _rng = new Random(seed);
        _epsilon = epsilon;
        _estimates = new double[arms];
        _counts = new int[arms];
    }

    public int SelectArm()
    {
        if (_rng.NextDouble() < _epsilon) return _rng.Next(_estimates.Length);
        int best = 0;
        double bestValue = 0.0;
        for (int a = 0; a < _estimates.Length; a++)
            if (_estimates[a] > bestValue) { best = a; bestValue = _estimates[a]; }
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
