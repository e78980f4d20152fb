namespace MlKata.Katas;

/// <summary>A most-popular-items recommender, the baseline every recommender must beat. See README.md.</summary>
public static class PopularityBaseline
{
    public static int[] Recommend((int User, int Item)[] interactions, int user, int k) =>
        throw new NotImplementedException("The popularity-baseline kata is not implemented yet: write PopularityBaseline.Recommend.");
}
