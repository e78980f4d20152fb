namespace MlKata.Katas;

public sealed class EpsilonGreedyBandit
{
    private readonly double _eps;
    private readonly Random _r;
    private readonly double[] _q;
    private readonly int[] _n;

    public EpsilonGreedyBandit(int arms, double epsilon, int seed)
    {
        if (arms < 1) throw new ArgumentOutOfRangeException(nameof(arms), arms, "arms < 1");
        if (double.IsNaN(epsilon) || epsilon < 0 || epsilon > 1) throw new ArgumentOutOfRangeException(nameof(epsilon), epsilon, "epsilon must be in [0, 1]");
        (_eps, _r, _q, _n) = (epsilon, new Random(seed), new double[arms], new int[arms]);
    }

    public int SelectArm()
    {
        if (_r.NextDouble() < _eps) return _r.Next(_q.Length); // explore: uniform over all arms
        int b = 0;
        for (int i = 1; i < _q.Length; i++)
            if (_q[i] > _q[b]) b = i;
        return b;
    }

    public void Update(int arm, double reward)
    {
        if (arm < 0 || arm >= _q.Length) throw new ArgumentOutOfRangeException(nameof(arm), arm, "no such arm");
        if (double.IsNaN(reward)) throw new ArgumentException("reward is NaN", nameof(reward));
        int k = ++_n[arm];
        _q[arm] += (reward - _q[arm]) / k; // incremental mean
    }

    public double[] Estimates => _q.ToArray();
}
