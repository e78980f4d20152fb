namespace MlKata.Katas;

public static class Conv2D
{
    public static double[,] Convolve(double[,] input, double[,] kernel, int stride = 1, int padding = 0)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(kernel);
        var (inputRows, inputColumns) = (input.GetLength(0), input.GetLength(1));
        var (kernelRows, kernelColumns) = (kernel.GetLength(0), kernel.GetLength(1));
        if (inputRows == 0 || inputColumns == 0) throw new ArgumentException("The input has no cells.", nameof(input));
        if (kernelRows == 0 || kernelColumns == 0) throw new ArgumentException("The kernel has no cells.", nameof(kernel));
        if (stride < 1) throw new ArgumentOutOfRangeException(nameof(stride), stride, "The stride must be at least 1.");
        if (padding < 0) throw new ArgumentOutOfRangeException(nameof(padding), padding, "The padding cannot be negative.");
        if (kernelRows > inputRows + 2 * padding || kernelColumns > inputColumns + 2 * padding)
            throw new ArgumentException("The kernel does not fit inside the padded input.", nameof(kernel));

        int outputRows = OutputSide(inputRows, kernelRows);
        int outputColumns = OutputSide(inputColumns, kernelColumns);
        var output = new double[outputRows, outputColumns];
        for (int outputRow = 0; outputRow < outputRows; outputRow++)
            for (int outputColumn = 0; outputColumn < outputColumns; outputColumn++)
                output[outputRow, outputColumn] = WindowSum(outputRow * stride - padding, outputColumn * stride - padding);
        return output;

        int OutputSide(int inputSide, int kernelSide) => (inputSide + 2 * padding - kernelSide) / stride + 1;

        // Zero padding: a cell outside the input contributes nothing (no kernel flip).
        double PaddedCell(int row, int column) =>
            row >= 0 && row < inputRows && column >= 0 && column < inputColumns ? input[row, column] : 0.0;

        double WindowSum(int top, int left)
        {
            double sum = 0;
            for (int kernelRow = 0; kernelRow < kernelRows; kernelRow++)
                for (int kernelColumn = 0; kernelColumn < kernelColumns; kernelColumn++)
                    sum += PaddedCell(top + kernelRow, left + kernelColumn) * kernel[kernelRow, kernelColumn];
            return sum;
        }
    }

    public static double[,] MaxPool(double[,] input, int size, int stride)
    {
        ArgumentNullException.ThrowIfNull(input);
        int inputRows = input.GetLength(0), inputColumns = input.GetLength(1);
        if (inputRows == 0 || inputColumns == 0) throw new ArgumentException("The input has no cells.", nameof(input));
        if (size < 1) throw new ArgumentOutOfRangeException(nameof(size), size, "The window size must be at least 1.");
        if (size > inputRows || size > inputColumns)
            throw new ArgumentOutOfRangeException(nameof(size), size, "The window does not fit inside the input.");
        if (stride < 1) throw new ArgumentOutOfRangeException(nameof(stride), stride, "The stride must be at least 1.");

        int outputRows = (inputRows - size) / stride + 1, outputColumns = (inputColumns - size) / stride + 1;
        var output = new double[outputRows, outputColumns];
        for (int outputRow = 0; outputRow < outputRows; outputRow++)
            for (int outputColumn = 0; outputColumn < outputColumns; outputColumn++)
                output[outputRow, outputColumn] = WindowCells(outputRow * stride, outputColumn * stride).Max();
        return output;

        IEnumerable<double> WindowCells(int top, int left)
        {
            for (int row = top; row < top + size; row++)
                for (int column = left; column < left + size; column++)
                    yield return input[row, column];
        }
    }
}
