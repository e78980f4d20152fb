using System.Text;
using MlKata.Katas;

namespace MlKata.Katas.Tests;

public class BinarySearchTreeTests
{
    private static BinarySearchTree Build(int[] inserts)
    {
        var tree = new BinarySearchTree();
        foreach (int value in inserts) tree.Insert(value);
        return tree;
    }

    // A tree's shape as text: value(left, right), "-" for a missing child, "null" for no tree,
    // cut after about 200 characters. Built with an explicit stack, never recursion.
    private static string Shape(TreeNode? root)
    {
        if (root is null) return "null";
        var text = new StringBuilder();
        var work = new Stack<object?>();
        work.Push(root);
        while (work.Count > 0 && text.Length < 200)
        {
            switch (work.Pop())
            {
                case string token: text.Append(token); break;
                case TreeNode node:
                    text.Append(node.Value);
                    if (node.Left is null && node.Right is null) break;
                    work.Push(")"); work.Push(node.Right); work.Push(", "); work.Push(node.Left); work.Push("(");
                    break;
                default: text.Append('-'); break;
            }
        }
        if (work.Count > 0) text.Append("...");
        return text.ToString();
    }

    // Cases from exercism/problem-specifications, exercises/binary-search-tree/canonical-data.json
    // (MIT licence), property "data": the expected JSON tree written as value(left, right).
    [Theory]
    [InlineData(new[] { 4 }, "4")]                                      // data is retained
    [InlineData(new[] { 4, 2 }, "4(2, -)")]                             // smaller number at left node
    [InlineData(new[] { 4, 4 }, "4(4, -)")]                             // same number at left node
    [InlineData(new[] { 4, 5 }, "4(-, 5)")]                             // greater number at right node
    [InlineData(new[] { 4, 2, 6, 1, 3, 5, 7 }, "4(2(1, 3), 6(5, 7))")] // can create complex tree
    public void Exercism_tree_shapes(int[] inserts, string expectedShape)
    {
        var tree = Build(inserts);
        Check.Given(inserts).Hint(1).Equal(expectedShape, Shape(tree.Root));
    }

    // Same source, property "sortedData".
    [Theory]
    [InlineData(new[] { 2 }, new[] { 2 })]                              // can sort single number
    [InlineData(new[] { 2, 1 }, new[] { 1, 2 })]                        // second number is smaller
    [InlineData(new[] { 2, 2 }, new[] { 2, 2 })]                        // second number is the same
    [InlineData(new[] { 2, 3 }, new[] { 2, 3 })]                        // second number is greater
    [InlineData(new[] { 2, 1, 3, 6, 7, 5 }, new[] { 1, 2, 3, 5, 6, 7 })] // can sort complex tree
    public void Exercism_sorted_data(int[] inserts, int[] expected)
    {
        var tree = Build(inserts);
        Check.Given(inserts).Hint(2).Equal<IReadOnlyList<int>>(expected, tree.Sorted());
    }

    [Theory]
    // 5 at the root; 3 < 5 goes left; the second 5 equals the root: left, then 5 > 3: right of 3.
    [InlineData(new[] { 5, 3, 5 }, "5(3(-, 5), -)")]
    // The README example: the second 4 goes left of 4, right of 2, right of 3.
    [InlineData(new[] { 4, 2, 6, 1, 3, 5, 7, 4 }, "4(2(1, 3(-, 4)), 6(5, 7))")]
    // Each 2 equals every 2 above it, so each goes left: a left chain.
    [InlineData(new[] { 2, 2, 2 }, "2(2(2, -), -)")]
    // 9 > 7 goes right; the second 7 equals the root and goes left.
    [InlineData(new[] { 7, 9, 7 }, "7(7, 9)")]
    public void A_value_equal_to_a_node_goes_left(int[] inserts, string expectedShape)
    {
        var tree = Build(inserts);
        Check.Given(inserts).Hint(2).Equal(expectedShape, Shape(tree.Root));
    }

    [Theory]
    [InlineData(4, true)]    // the root
    [InlineData(1, true)]    // a leaf on the far left
    [InlineData(7, true)]    // a leaf on the far right
    [InlineData(5, true)]    // reached by going right, then left
    [InlineData(0, false)]   // below everything
    [InlineData(8, false)]   // above everything
    [InlineData(-4, false)]
    public void Contains_finds_exactly_the_inserted_values(int value, bool expected)
    {
        int[] inserts = [4, 2, 6, 1, 3, 5, 7];
        var tree = Build(inserts);
        Check.Given(inserts, value).Hint(1).Equal(expected, tree.Contains(value));
    }

    [Fact]
    public void A_new_tree_is_empty()
    {
        var tree = new BinarySearchTree();
        var given = Check.Given().Hint(3);
        given.Equal("null", Shape(tree.Root));
        given.Equal(false, tree.Contains(0));
        given.Equal<IReadOnlyList<int>>([], tree.Sorted());
    }

    [Fact]
    public void Duplicates_and_extreme_values_are_all_kept_in_order()
    {
        int[] inserts = [0, int.MaxValue, int.MinValue, 0, -1, int.MaxValue, int.MinValue];
        var tree = Build(inserts);
        // Sorting the inserts by hand: MinValue twice, -1, 0 twice, MaxValue twice.
        var given = Check.Given(inserts).Hint(2);
        given.Equal<IReadOnlyList<int>>([int.MinValue, int.MinValue, -1, 0, 0, int.MaxValue, int.MaxValue], tree.Sorted());
        given.Equal(true, tree.Contains(int.MinValue));
        given.Equal(true, tree.Contains(int.MaxValue));
        given.Equal(false, tree.Contains(1));
    }

    [Fact]
    public void Sorted_returns_a_new_list_each_time()
    {
        int[] inserts = [2, 1, 3];
        var tree = Build(inserts);
        var first = tree.Sorted();
        tree.Insert(0);
        var second = tree.Sorted();
        var given = Check.Given(inserts).Hint(3);
        given.Equal<IReadOnlyList<int>>([1, 2, 3], first);        // taken before 0 was inserted
        given.Equal<IReadOnlyList<int>>([0, 1, 2, 3], second);
    }

    [Fact]
    public void Sorted_inserts_build_a_chain()
    {
        // 1, 2, ..., 1000 in order: each value is greater than everything before it, so each
        // becomes the right child of the previous one. 1000 levels is shallow enough for any
        // solution's stack; far longer chains are why loops beat recursion here.
        int[] inserts = Enumerable.Range(1, 1000).ToArray();
        var tree = Build(inserts);
        var given = Check.Given(inserts).Hint(3);
        var rightSpine = new List<int>();
        bool noLeftChildren = true;
        for (TreeNode? node = tree.Root; node is not null; node = node.Right)
        {
            rightSpine.Add(node.Value);
            noLeftChildren &= node.Left is null;
        }
        given.Equal<IList<int>>(inserts, rightSpine);           // Root, Root.Right, Root.Right.Right, ...
        given.That(noLeftChildren, "no node of the chain has a left child", Shape(tree.Root));
        given.Equal<IReadOnlyList<int>>(inserts, tree.Sorted());
        given.Equal(true, tree.Contains(1000));
        given.Equal(false, tree.Contains(1001));
    }

    [Fact]
    public void Descending_inserts_build_a_left_chain()
    {
        // 1000, 999, ..., 1: each value is smaller than everything before it, so it goes left.
        int[] inserts = Enumerable.Range(1, 1000).Reverse().ToArray();
        var tree = Build(inserts);
        var given = Check.Given(inserts).Hint(1);
        given.Equal<IReadOnlyList<int>>(Enumerable.Range(1, 1000).ToList(), tree.Sorted());
        given.Equal(true, tree.Contains(1));
        given.Equal(false, tree.Contains(0));
    }

    [Fact]
    public void A_shuffled_range_inserted_twice_sorts_with_every_copy()
    {
        // (37 * i) mod 1000 for i = 0..999 is a permutation of 0..999 (37 and 1000 are coprime);
        // inserting it twice must give 0, 0, 1, 1, ..., 999, 999.
        int[] once = Enumerable.Range(0, 1000).Select(i => 37 * i % 1000).ToArray();
        int[] inserts = [.. once, .. once];
        var tree = Build(inserts);
        var expected = Enumerable.Range(0, 2000).Select(i => i / 2).ToList();
        var given = Check.Given(inserts).Hint(2);
        given.Equal<IReadOnlyList<int>>(expected, tree.Sorted());
        for (int value = -1; value <= 1000; value++)
            given.Equal(value is >= 0 and < 1000, tree.Contains(value));
    }
}
