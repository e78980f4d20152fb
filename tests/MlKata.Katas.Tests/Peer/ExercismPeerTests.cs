using System.Text.Json;
using MlKata.Katas;

namespace MlKata.Katas.Tests.Peer;

/// <summary>
/// Every case of the canonical exercism data in ../shared/peer-tests/exercism, run against the
/// reference solutions. Each adapter maps a case onto the catalog's API; where the catalog's
/// contract differs from exercism's, the adapter says so and the catalog wins.
/// </summary>
public class ExercismPeerTests
{
    private static readonly string Folder = Path.Combine(Repo.Shared, "peer-tests", "exercism");

    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var file in new[] { "binary-search", "binary-search-tree", "knapsack", "change", "matching-brackets", "circular-buffer" })
            foreach (var c in Load(file)) data.Add(file, c.GetProperty("description").GetString()!, c.GetProperty("uuid").GetString()!);
        return data;
    }

    [Fact]
    public void Every_peer_file_has_cases()
    {
        foreach (var file in new[] { "binary-search", "binary-search-tree", "knapsack", "change", "matching-brackets", "circular-buffer" })
            Assert.NotEmpty(Load(file));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reference_passes_the_peer_case(string file, string description, string uuid)
    {
        var c = Load(file).Single(x => x.GetProperty("uuid").GetString() == uuid);
        Assert.Equal(description, c.GetProperty("description").GetString());
        var input = c.GetProperty("input");
        var expected = c.GetProperty("expected");
        switch (file)
        {
            case "binary-search":
                // Exercism expects an error for a missing value; the catalog returns -1.
                int index = BinarySearch.IndexOf(Ints(input.GetProperty("array")), input.GetProperty("value").GetInt32());
                Assert.Equal(IsError(expected) ? -1 : expected.GetInt32(), index);
                break;

            case "binary-search-tree":
            {
                var tree = new BinarySearchTree();
                foreach (var value in input.GetProperty("treeData").EnumerateArray()) tree.Insert(int.Parse(value.GetString()!));
                if (c.GetProperty("property").GetString() == "sortedData")
                    Assert.Equal(expected.EnumerateArray().Select(v => int.Parse(v.GetString()!)), tree.Sorted());
                else
                    AssertSameTree(expected, tree.Root);
                break;
            }

            case "knapsack":
            {
                // "items" is an empty object in the no-items case.
                var items = input.GetProperty("items") is { ValueKind: JsonValueKind.Array } list
                    ? list.EnumerateArray().Select(i => (i.GetProperty("weight").GetInt32(), i.GetProperty("value").GetInt32())).ToArray()
                    : [];
                Assert.Equal(expected.GetInt32(), Knapsack.MaxValue(input.GetProperty("maximumWeight").GetInt32(), items));
                break;
            }

            case "change":
            {
                int[] coins = Ints(input.GetProperty("coins"));
                int target = input.GetProperty("target").GetInt32();
                if (!IsError(expected))
                    Assert.Equal(Ints(expected).Order(), CoinChange.FewestCoins(coins, target));
                else if (target < 0)
                    // Exercism: an error; the catalog: a negative target is ArgumentOutOfRangeException.
                    Assert.Throws<ArgumentOutOfRangeException>(() => CoinChange.FewestCoins(coins, target));
                else
                    // Exercism: an error when no combination exists; the catalog returns null.
                    Assert.Null(CoinChange.FewestCoins(coins, target));
                break;
            }

            case "matching-brackets":
                Assert.Equal(expected.GetBoolean(), Brackets.IsBalanced(input.GetProperty("value").GetString()!));
                break;

            case "circular-buffer":
            {
                var buffer = new CircularBuffer(input.GetProperty("capacity").GetInt32());
                foreach (var op in input.GetProperty("operations").EnumerateArray())
                {
                    bool succeeds = !op.TryGetProperty("should_succeed", out var s) || s.GetBoolean();
                    string name = op.GetProperty("operation").GetString()!;
                    Action act = name switch
                    {
                        "read" => () =>
                        {
                            int value = buffer.Read();
                            Assert.Equal(op.GetProperty("expected").GetInt32(), value);
                        },
                        "write" => () => buffer.Write(op.GetProperty("item").GetInt32()),
                        "overwrite" => () => buffer.Overwrite(op.GetProperty("item").GetInt32()),
                        "clear" => buffer.Clear,
                        _ => throw new InvalidOperationException($"unknown operation {name}"),
                    };
                    // Exercism's failing read and write are InvalidOperationException in the catalog.
                    if (succeeds) act();
                    else Assert.Throws<InvalidOperationException>(act);
                }
                break;
            }

            default:
                throw new InvalidOperationException($"no adapter for {file}");
        }
    }

    private static void AssertSameTree(JsonElement expected, TreeNode? actual)
    {
        if (expected.ValueKind == JsonValueKind.Null)
        {
            Assert.Null(actual);
            return;
        }
        Assert.NotNull(actual);
        Assert.Equal(int.Parse(expected.GetProperty("data").GetString()!), actual!.Value);
        AssertSameTree(expected.GetProperty("left"), actual.Left);
        AssertSameTree(expected.GetProperty("right"), actual.Right);
    }

    private static bool IsError(JsonElement expected) => expected.ValueKind == JsonValueKind.Object && expected.TryGetProperty("error", out _);

    private static int[] Ints(JsonElement array) => array.EnumerateArray().Select(e => e.GetInt32()).ToArray();

    private static List<JsonElement> Load(string file)
    {
        var root = JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, file + ".json"))).RootElement;
        var cases = new List<JsonElement>();
        void Walk(JsonElement list)
        {
            foreach (var c in list.EnumerateArray())
                if (c.TryGetProperty("cases", out var nested)) Walk(nested);
                else cases.Add(c.Clone());
        }
        Walk(root.GetProperty("cases"));
        return cases;
    }
}
