namespace MlKata.Katas;

public static class Conv2D
{
    public static double[,] Convolve(double[,] input, double[,] kernel, int stride = 1, int padding = 0)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(kernel);
        int h = input.GetLength(0), w = input.GetLength(1), kh = kernel.GetLength(0), kw = kernel.GetLength(1);
        if (h == 0 || w == 0) throw new ArgumentException("empty input", nameof(input));
        if (kh == 0 || kw == 0) throw new ArgumentException("empty kernel", nameof(kernel));
        if (stride < 1) throw new ArgumentOutOfRangeException(nameof(stride), stride, "stride < 1");
        if (padding < 0) throw new ArgumentOutOfRangeException(nameof(padding), padding, "padding < 0");
        int ph = h + 2 * padding, pw = w + 2 * padding;
        if (kh > ph || kw > pw) throw new ArgumentException("kernel larger than padded input", nameof(kernel));

        // Materialise the zero-padded input, then slide the kernel without bounds checks.
        var p = new double[ph, pw];
        for (int i = 0; i < h; i++)
            for (int j = 0; j < w; j++) p[i + padding, j + padding] = input[i, j];

        int oh = (ph - kh) / stride + 1, ow = (pw - kw) / stride + 1;
        var o = new double[oh, ow];
        for (int i = 0; i < oh; i++)
            for (int j = 0; j < ow; j++)
            {
                double s = 0;
                for (int a = 0; a < kh; a++)
                    for (int b = 0; b < kw; b++) s += p[i * stride + a, j * stride + b] * kernel[a, b];
                o[i, j] = s;
            }
        return o;
    }

    public static double[,] MaxPool(double[,] input, int size, int stride)
    {
        ArgumentNullException.ThrowIfNull(input);
        int h = input.GetLength(0), w = input.GetLength(1);
        if (h == 0 || w == 0) throw new ArgumentException("empty input", nameof(input));
        if (size < 1 || size > Math.Min(h, w)) throw new ArgumentOutOfRangeException(nameof(size), size, "window must fit the input");
        if (stride < 1) throw new ArgumentOutOfRangeException(nameof(stride), stride, "stride < 1");
        int oh = (h - size) / stride + 1, ow = (w - size) / stride + 1;
        var o = new double[oh, ow];
        for (int i = 0; i < oh; i++)
            for (int j = 0; j < ow; j++)
            {
                double m = double.NegativeInfinity;
                for (int a = i * stride; a < i * stride + size; a++)
                    for (int b = j * stride; b < j * stride + size; b++)
                        if (input[a, b] > m || double.IsNaN(input[a, b])) m = input[a, b];
                o[i, j] = m;
            }
        return o;
    }
}
