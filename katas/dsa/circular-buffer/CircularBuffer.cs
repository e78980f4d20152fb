namespace MlKata.Katas;

/// <summary>A fixed-capacity first-in, first-out ring buffer of ints. See README.md.</summary>
public sealed class CircularBuffer
{
    public CircularBuffer(int capacity) =>
        throw new NotImplementedException("The circular-buffer kata is not implemented yet: write CircularBuffer.CircularBuffer.");

    public int Count =>
        throw new NotImplementedException("The circular-buffer kata is not implemented yet: write CircularBuffer.Count.");

    public void Write(int value) =>
        throw new NotImplementedException("The circular-buffer kata is not implemented yet: write CircularBuffer.Write.");

    public int Read() =>
        throw new NotImplementedException("The circular-buffer kata is not implemented yet: write CircularBuffer.Read.");

    public void Overwrite(int value) =>
        throw new NotImplementedException("The circular-buffer kata is not implemented yet: write CircularBuffer.Overwrite.");

    public void Clear() =>
        throw new NotImplementedException("The circular-buffer kata is not implemented yet: write CircularBuffer.Clear.");
}
