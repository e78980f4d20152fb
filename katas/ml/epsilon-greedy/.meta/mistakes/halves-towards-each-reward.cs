// Mistake: updates the estimate as (estimate + reward) / 2, an exponential average that weights the latest reward by half, not the mean of all rewards.
// Expect: none
namespace MlKata.Katas;

public sealed class EpsilonGreedyBandit
{
    private readonly double _epsilon;
    private readonly Random _rng;
    private readonly double[] _estimates;

    public EpsilonGreedyBandit(int arms, double epsilon, int seed)
    {
        if (arms < 1) throw new ArgumentOutOfRangeException(nameof(arms));
        if (!(epsilon >= 0 && epsilon <= 1)) throw new ArgumentOutOfRangeException(nameof(epsilon));
        _rng = new Random(seed);
        _epsilon = epsilon;
        _estimates = new double[arms];
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
        _estimates[arm] = (_estimates[arm] + reward) / 2;
    }

    public double[] Estimates => (double[])_estimates.Clone();
}
