namespace MlKata.Katas;

public sealed class RandomizedSet
{
    private readonly Random randomSource;
    private readonly List<int> membersInSlots = new();
    private readonly Dictionary<int, int> slotOfMember = new();

    public RandomizedSet(int seed)
    {
        randomSource = new Random(seed);
    }

    public int Count => membersInSlots.Count;

    public bool Insert(int value)
    {
        bool isNew = !slotOfMember.ContainsKey(value);
        if (isNew)
        {
            slotOfMember[value] = membersInSlots.Count;
            membersInSlots.Add(value);
        }
        return isNew;
    }

    public bool Remove(int value)
    {
        if (!slotOfMember.TryGetValue(value, out int slotOfRemoved)) return false;

        int lastSlot = membersInSlots.Count - 1;
        int lastMember = membersInSlots[lastSlot];
        // Swap the removed member into the last slot, then drop the tail in O(1).
        (membersInSlots[slotOfRemoved], membersInSlots[lastSlot]) = (lastMember, value);
        slotOfMember[lastMember] = slotOfRemoved;
        membersInSlots.RemoveAt(lastSlot);
        slotOfMember.Remove(value);
        return true;
    }

    public int GetRandom()
    {
        if (Count == 0) throw new InvalidOperationException("GetRandom on an empty set.");
        int slot = randomSource.Next(Count);
        return membersInSlots[slot];
    }
}
