namespace MlKata.Katas;

public sealed class LruCache
{
    // Entries live in fixed slots; recency is a doubly linked list threaded through slot
    // indices. Slot `capacity` is the sentinel: its Next is the most recent, its Previous the least.
    private record struct Slot(int Key, int Value, int Previous, int Next);

    private readonly Slot[] slots;
    private readonly int sentinel;
    private readonly Dictionary<int, int> slotOfKey = new();

    public LruCache(int capacity)
    {
        if (capacity < 1) throw new ArgumentOutOfRangeException(nameof(capacity), capacity, "The capacity must be at least 1.");
        slots = new Slot[capacity + 1];
        sentinel = capacity;
        slots[sentinel] = new Slot(0, 0, sentinel, sentinel);
    }

    public int Count => slotOfKey.Count;

    public bool TryGet(int key, out int value)
    {
        value = 0;
        if (!slotOfKey.TryGetValue(key, out int slot)) return false;
        MarkMostRecent(slot);
        value = slots[slot].Value;
        return true;
    }

    public void Put(int key, int value)
    {
        if (slotOfKey.TryGetValue(key, out int slot))
        {
            slots[slot].Value = value;
            MarkMostRecent(slot);
            return;
        }

        if (slotOfKey.Count < sentinel)
        {
            slot = slotOfKey.Count; // slots fill up in order and are never freed, only reused
        }
        else
        {
            slot = slots[sentinel].Previous; // the least recently used entry gives up its slot
            Detach(slot);
            slotOfKey.Remove(slots[slot].Key);
        }
        slots[slot] = new Slot(key, value, sentinel, sentinel);
        slotOfKey[key] = slot;
        AttachAfterSentinel(slot);
    }

    private void MarkMostRecent(int slot)
    {
        Detach(slot);
        AttachAfterSentinel(slot);
    }

    private void Detach(int slot)
    {
        var (_, _, previous, next) = slots[slot];
        slots[previous].Next = next;
        slots[next].Previous = previous;
    }

    private void AttachAfterSentinel(int slot)
    {
        int oldFirst = slots[sentinel].Next;
        slots[slot].Previous = sentinel;
        slots[slot].Next = oldFirst;
        slots[oldFirst].Previous = slot;
        slots[sentinel].Next = slot;
    }
}
