// Mistake: pooling rounds the window count up and pools partial windows at the edge (ceil mode), so the output is larger than floor((n - size)/stride) + 1.
// Expect: none
namespace MlKata.Katas;

public static class Conv2D
{
    public static double[,] Convolve(double[,] input, double[,] kernel, int stride = 1, int padding = 0)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(kernel);
        int height = input.GetLength(0), width = input.GetLength(1);
        int kernelHeight = kernel.GetLength(0), kernelWidth = kernel.GetLength(1);
        if (height == 0 || width == 0)
            throw new ArgumentException($"The input is {height}x{width}; it needs at least one row and one column.", nameof(input));
        if (kernelHeight == 0 || kernelWidth == 0)
            throw new ArgumentException($"The kernel is {kernelHeight}x{kernelWidth}; it needs at least one row and one column.", nameof(kernel));
        if (stride < 1)
            throw new ArgumentOutOfRangeException(nameof(stride), stride, "stride must be at least 1.");
        if (padding < 0)
            throw new ArgumentOutOfRangeException(nameof(padding), padding, "padding cannot be negative.");
        if (kernelHeight > height + 2 * padding || kernelWidth > width + 2 * padding)
            throw new ArgumentException(
                $"The {kernelHeight}x{kernelWidth} kernel does not fit the {height}x{width} input padded by {padding}.", nameof(kernel));

        int outHeight = (height + 2 * padding - kernelHeight) / stride + 1;
        int outWidth = (width + 2 * padding - kernelWidth) / stride + 1;
        var output = new double[outHeight, outWidth];
        for (int i = 0; i < outHeight; i++)
        {
            int top = i * stride - padding;
            // Only the kernel rows that land inside the input contribute; the rest meet zeros.
            int firstA = Math.Max(0, -top), endA = Math.Min(kernelHeight, height - top);
            for (int j = 0; j < outWidth; j++)
            {
                int left = j * stride - padding;
                int firstB = Math.Max(0, -left), endB = Math.Min(kernelWidth, width - left);
                double sum = 0.0;
                for (int a = firstA; a < endA; a++)
                    for (int b = firstB; b < endB; b++)
                        sum += input[top + a, left + b] * kernel[a, b];
                output[i, j] = sum;
            }
        }
        return output;
    }

    public static double[,] MaxPool(double[,] input, int size, int stride)
    {
        ArgumentNullException.ThrowIfNull(input);
        int height = input.GetLength(0), width = input.GetLength(1);
        if (height == 0 || width == 0)
            throw new ArgumentException($"The input is {height}x{width}; it needs at least one row and one column.", nameof(input));
        if (size < 1)
            throw new ArgumentOutOfRangeException(nameof(size), size, "size must be at least 1.");
        if (size > height || size > width)
            throw new ArgumentOutOfRangeException(nameof(size), size, $"A {size}x{size} window does not fit the {height}x{width} input.");
        if (stride < 1)
            throw new ArgumentOutOfRangeException(nameof(stride), stride, "stride must be at least 1.");

        int outHeight = (height - size + stride - 1) / stride + 1, outWidth = (width - size + stride - 1) / stride + 1;
        var output = new double[outHeight, outWidth];
        for (int i = 0; i < outHeight; i++)
            for (int j = 0; j < outWidth; j++)
            {
                int top = i * stride, left = j * stride;
                double max = input[top, left];
                for (int a = 0; a < size && top + a < height; a++)
                    for (int b = 0; b < size && left + b < width; b++)
                        max = Math.Max(max, input[top + a, left + b]);
                output[i, j] = max;
            }
        return output;
    }
}
