namespace MlKata.Katas;

/// <summary>A multi-armed bandit that explores with probability epsilon. See README.md.</summary>
public sealed class EpsilonGreedyBandit
{
    public EpsilonGreedyBandit(int arms, double epsilon, int seed) =>
        throw new NotImplementedException("The epsilon-greedy kata is not implemented yet: write EpsilonGreedyBandit.EpsilonGreedyBandit.");

    public int SelectArm() =>
        throw new NotImplementedException("The epsilon-greedy kata is not implemented yet: write EpsilonGreedyBandit.SelectArm.");

    public void Update(int arm, double reward) =>
        throw new NotImplementedException("The epsilon-greedy kata is not implemented yet: write EpsilonGreedyBandit.Update.");

    public double[] Estimates =>
        throw new NotImplementedException("The epsilon-greedy kata is not implemented yet: write EpsilonGreedyBandit.Estimates.");
}
