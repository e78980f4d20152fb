using MlKata.Katas;

namespace MlKata.Katas.Tests;

public class Conv2DTests
{
    // 3x3 input 1..9 used by several cases.
    private static double[,] OneToNine => new double[,] { { 1, 2, 3 }, { 4, 5, 6 }, { 7, 8, 9 } };

    [Fact]
    public void Convolve_slides_the_kernel_without_flipping_it()
    {
        double[,] input = OneToNine, kernel = { { 1, 2 }, { 3, 4 } };
        // Output side (3 - 2)/1 + 1 = 2. Each cell is the window times the kernel, element by element:
        // (0,0): 1*1 + 2*2 + 4*3 + 5*4 = 37     (0,1): 2*1 + 3*2 + 5*3 + 6*4 = 47
        // (1,0): 4*1 + 5*2 + 7*3 + 8*4 = 67     (1,1): 5*1 + 6*2 + 8*3 + 9*4 = 77
        // (a flipped kernel would give 1*4 + 2*3 + 4*2 + 5*1 = 23 at (0,0))
        var expected = new double[,] { { 37, 47 }, { 67, 77 } };
        Check.Given(input, kernel).Hint(2).Near(expected, Conv2D.Convolve(input, kernel));
    }

    [Fact]
    public void Convolve_handles_rectangular_inputs_and_kernels()
    {
        double[,] input = { { 1, 2, 3, 4 }, { 5, 6, 7, 8 } }, kernel = { { 1, 0 }, { 0, 2 } };
        // Rows (2 - 2)/1 + 1 = 1, columns (4 - 2)/1 + 1 = 3; out(0,j) = input(0,j) + 2*input(1,j+1):
        // 1 + 2*6 = 13, 2 + 2*7 = 16, 3 + 2*8 = 19
        var expected = new double[,] { { 13, 16, 19 } };
        Check.Given(input, kernel).Hint(1).Near(expected, Conv2D.Convolve(input, kernel));
    }

    [Fact]
    public void Convolve_with_stride_skips_positions_and_drops_the_leftover_edge()
    {
        // 5x5 input, cell (r, c) = 5r + c + 1, so rows are 1..5, 6..10, 11..15, 16..20, 21..25.
        var input = new double[5, 5];
        for (int r = 0; r < 5; r++)
            for (int c = 0; c < 5; c++)
                input[r, c] = 5 * r + c + 1;
        double[,] kernel = { { 1, 1 }, { 1, 1 } };
        // Side floor((5 - 2)/2) + 1 = 2; windows start at rows/columns 0 and 2, so the last row
        // and column are never reached. (0,0): 1+2+6+7 = 16, (0,1): 3+4+8+9 = 24,
        // (1,0): 11+12+16+17 = 56, (1,1): 13+14+18+19 = 64.
        var expected = new double[,] { { 16, 24 }, { 56, 64 } };
        Check.Given(input, kernel).Hint(3).Near(expected, Conv2D.Convolve(input, kernel, stride: 2));
    }

    [Fact]
    public void Convolve_pads_every_side_with_zeros()
    {
        double[,] input = { { 1, 2 }, { 3, 4 } }, kernel = { { 1, 2 }, { 3, 4 } };
        // Padded input (side 4):     Side (2 + 2 - 2)/1 + 1 = 3.
        //   0 0 0 0                  (0,0) window [0 0; 0 1] -> 4*1 = 4
        //   0 1 2 0                  (0,1) [0 0; 1 2] -> 3*1 + 4*2 = 11     (0,2) [0 0; 2 0] -> 3*2 = 6
        //   0 3 4 0                  (1,0) [0 1; 0 3] -> 2*1 + 4*3 = 14     (1,1) [1 2; 3 4] -> 1+4+9+16 = 30
        //   0 0 0 0                  (1,2) [2 0; 4 0] -> 1*2 + 3*4 = 14     (2,0) [0 3; 0 0] -> 2*3 = 6
        //                            (2,1) [3 4; 0 0] -> 1*3 + 2*4 = 11     (2,2) [4 0; 0 0] -> 1*4 = 4
        var expected = new double[,] { { 4, 11, 6 }, { 14, 30, 14 }, { 6, 11, 4 } };
        Check.Given(input, kernel).Hint(2).Near(expected, Conv2D.Convolve(input, kernel, padding: 1));
    }

    [Fact]
    public void Convolve_combines_stride_and_padding()
    {
        double[,] input = OneToNine, kernel = { { 1, 1, 1 }, { 1, 1, 1 }, { 1, 1, 1 } };
        // Side (3 + 2 - 3)/2 + 1 = 2. Windows start at padded rows/columns 0 and 2, i.e. original
        // rows/columns {-1, 0, 1} and {1, 2, 3}; only {0, 1} and {1, 2} exist. So each cell is a 2x2
        // block sum: 1+2+4+5 = 12, 2+3+5+6 = 16, 4+5+7+8 = 24, 5+6+8+9 = 28.
        var expected = new double[,] { { 12, 16 }, { 24, 28 } };
        Check.Given(input, kernel).Hint(3).Near(expected, Conv2D.Convolve(input, kernel, stride: 2, padding: 1));
    }

    [Theory]
    // side = floor((n + 2p - k)/s) + 1
    [InlineData(7, 3, 1, 0, 5)]   // (7 - 3)/1 + 1
    [InlineData(7, 3, 2, 0, 3)]   // 4/2 + 1
    [InlineData(7, 3, 3, 0, 2)]   // floor(4/3) + 1
    [InlineData(7, 3, 3, 2, 3)]   // floor(8/3) + 1
    [InlineData(4, 4, 1, 0, 1)]   // the kernel covers the whole input
    [InlineData(1, 3, 1, 1, 1)]   // (1 + 2 - 3)/1 + 1: a kernel larger than the input fits once padded
    public void Convolve_output_side_follows_the_formula(int n, int k, int stride, int padding, int side)
    {
        var input = new double[n, n];
        var kernel = new double[k, k];
        var output = Conv2D.Convolve(input, kernel, stride, padding);
        Check.Given(n, k, stride, padding).Hint(3).Equal((side, side), (output.GetLength(0), output.GetLength(1)));
    }

    [Fact]
    public void A_one_by_one_kernel_scales_a_copy_of_the_input()
    {
        double[,] input = OneToNine, kernel = { { 2 } };
        var expected = new double[,] { { 2, 4, 6 }, { 8, 10, 12 }, { 14, 16, 18 } };
        var output = Conv2D.Convolve(input, kernel);
        var given = Check.Given(input, kernel).Hint(1);
        given.Near(expected, output);
        given.That(!ReferenceEquals(output, input), "a new array, not the input itself");
    }

    [Fact]
    public void MaxPool_takes_the_maximum_of_each_window()
    {
        double[,] input =
        {
            { 1, 3, 2, 4 },
            { 5, 6, 1, 2 },
            { 7, 2, 9, 0 },
            { 1, 8, 3, 4 },
        };
        // 2x2 windows, stride 2: max(1,3,5,6) = 6, max(2,4,1,2) = 4, max(7,2,1,8) = 8, max(9,0,3,4) = 9
        var expected = new double[,] { { 6, 4 }, { 8, 9 } };
        Check.Given(input).Hint(1).Near(expected, Conv2D.MaxPool(input, 2, 2));
    }

    [Fact]
    public void MaxPool_windows_may_overlap()
    {
        double[,] input = OneToNine;
        // 2x2 windows, stride 1: bottom-right cell of each window is its maximum: 5, 6, 8, 9
        var expected = new double[,] { { 5, 6 }, { 8, 9 } };
        Check.Given(input).Hint(1).Near(expected, Conv2D.MaxPool(input, 2, 1));
    }

    [Fact]
    public void MaxPool_works_on_negative_values()
    {
        double[,] input = { { -5, -2, -7, -3 }, { -4, -6, -8, -9 } };
        // max(-5, -2, -4, -6) = -2 and max(-7, -3, -8, -9) = -3: a running maximum that starts at 0 gets 0.
        var expected = new double[,] { { -2, -3 } };
        Check.Given(input).Hint(3).Near(expected, Conv2D.MaxPool(input, 2, 2));
    }

    [Fact]
    public void MaxPool_drops_partial_windows_at_the_edge()
    {
        double[,] input = OneToNine;
        // (3 - 2)/2 + 1 = 1 window per side: only the top-left 2x2 block, maximum 5.
        // The last row and column do not fill a window, so they are not pooled.
        var expected = new double[,] { { 5 } };
        Check.Given(input).Hint(3).Near(expected, Conv2D.MaxPool(input, 2, 2));
    }

    [Fact]
    public void MaxPool_handles_rectangular_inputs()
    {
        double[,] input = { { 1, 9, 2, 3, 0, 4 }, { 5, 0, 8, 1, 6, 2 } };
        // 2x2 windows, stride 2: 1 row and (6 - 2)/2 + 1 = 3 columns: max(1,9,5,0) = 9, max(2,3,8,1) = 8, max(0,4,6,2) = 6
        var expected = new double[,] { { 9, 8, 6 } };
        Check.Given(input).Hint(1).Near(expected, Conv2D.MaxPool(input, 2, 2));
    }

    [Fact]
    public void Empty_arrays_are_rejected_before_range_rules()
    {
        double[,] empty = new double[0, 0], noColumns = new double[3, 0], kernel = { { 1 } };
        var given = Check.Given(empty, noColumns, kernel);
        given.Throws<ArgumentException>(() => Conv2D.Convolve(empty, kernel), "input");
        given.Throws<ArgumentException>(() => Conv2D.Convolve(noColumns, kernel), "input");
        given.Throws<ArgumentException>(() => Conv2D.Convolve(empty, kernel, stride: 0), "input");
        given.Throws<ArgumentException>(() => Conv2D.Convolve(kernel, noColumns), "kernel");
        given.Throws<ArgumentException>(() => Conv2D.MaxPool(empty, 1, 1), "input");
        given.Throws<ArgumentException>(() => Conv2D.MaxPool(noColumns, 0, 1), "input");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Stride_must_be_positive(int stride)
    {
        double[,] input = OneToNine, kernel = { { 1, 1 }, { 1, 1 } };
        var given = Check.Given(input, kernel, stride);
        given.Throws<ArgumentOutOfRangeException>(() => Conv2D.Convolve(input, kernel, stride), "stride");
        given.Throws<ArgumentOutOfRangeException>(() => Conv2D.MaxPool(input, 2, stride), "stride");
    }

    [Fact]
    public void Padding_cannot_be_negative()
    {
        double[,] input = OneToNine, kernel = { { 1, 1 }, { 1, 1 } };
        Check.Given(input, kernel).Throws<ArgumentOutOfRangeException>(() => Conv2D.Convolve(input, kernel, 1, -1), "padding");
    }

    [Fact]
    public void A_kernel_larger_than_the_padded_input_is_rejected()
    {
        double[,] input = { { 1, 2 }, { 3, 4 } }, kernel = new double[3, 3], wide = new double[1, 5];
        var given = Check.Given(input, kernel, wide);
        // 3 > 2 + 2*0 and 5 > 2 + 2*1: not a single window fits.
        given.Throws<ArgumentException>(() => Conv2D.Convolve(input, kernel), "kernel");
        given.Throws<ArgumentException>(() => Conv2D.Convolve(input, wide, padding: 1), "kernel");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    [InlineData(3)]   // a 3x3 window does not fit the 2x4 input
    public void Pool_size_must_fit_the_input(int size)
    {
        double[,] input = { { 1, 2, 3, 4 }, { 5, 6, 7, 8 } };
        Check.Given(input, size).Throws<ArgumentOutOfRangeException>(() => Conv2D.MaxPool(input, size, 1), "size");
    }

    [Fact]
    public void Inputs_are_not_modified()
    {
        double[,] input = OneToNine, kernel = { { 1, -1 }, { 2, 0 } };
        var given = Check.Given(input, kernel);
        given.Unchanged(() => Conv2D.Convolve(input, kernel, 1, 1));
        given.Unchanged(() => Conv2D.MaxPool(input, 2, 1));
    }
}
