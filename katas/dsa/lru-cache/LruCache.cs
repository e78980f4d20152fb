namespace MlKata.Katas;

/// <summary>A least-recently-used cache with O(1) operations. See README.md.</summary>
public sealed class LruCache
{
    public LruCache(int capacity) =>
        throw new NotImplementedException("The lru-cache kata is not implemented yet: write LruCache.LruCache.");

    public int Count =>
        throw new NotImplementedException("The lru-cache kata is not implemented yet: write LruCache.Count.");

    public bool TryGet(int key, out int value) =>
        throw new NotImplementedException("The lru-cache kata is not implemented yet: write LruCache.TryGet.");

    public void Put(int key, int value) =>
        throw new NotImplementedException("The lru-cache kata is not implemented yet: write LruCache.Put.");
}
