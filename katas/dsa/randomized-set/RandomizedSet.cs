namespace MlKata.Katas;

/// <summary>A set of ints with O(1) insert, remove and uniformly random pick. See README.md.</summary>
public sealed class RandomizedSet
{
    public RandomizedSet(int seed) =>
        throw new NotImplementedException("The randomized-set kata is not implemented yet: write RandomizedSet.RandomizedSet.");

    public bool Insert(int value) =>
        throw new NotImplementedException("The randomized-set kata is not implemented yet: write RandomizedSet.Insert.");

    public bool Remove(int value) =>
        throw new NotImplementedException("The randomized-set kata is not implemented yet: write RandomizedSet.Remove.");

    public int GetRandom() =>
        throw new NotImplementedException("The randomized-set kata is not implemented yet: write RandomizedSet.GetRandom.");

    public int Count =>
        throw new NotImplementedException("The randomized-set kata is not implemented yet: write RandomizedSet.Count.");
}
