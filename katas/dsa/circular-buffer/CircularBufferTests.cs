using MlKata.Katas;

namespace MlKata.Katas.Tests;

public class CircularBufferTests
{
    // A script is a list of steps separated by "; ":
    //   "write 5"        Write(5) succeeds          "write 5 fails"  Write(5) throws InvalidOperationException
    //   "read 5"         Read() returns 5           "read fails"     Read() throws InvalidOperationException
    //   "overwrite 5"    Overwrite(5)               "clear"          Clear()
    //   "count 2"        Count is 2
    // A failure shows the steps that ran before the one that failed.
    private static void Run(int capacity, string script, int hint)
    {
        var buffer = new CircularBuffer(capacity);
        string[] steps = script.Split("; ");
        for (int i = 0; i < steps.Length; i++)
        {
            string before = string.Join("; ", steps.Take(i)), step = steps[i];
            var given = Check.Given(capacity, before, step).Hint(hint);
            string[] word = step.Split(' ');
            bool fails = word[^1] == "fails";
            try
            {
                switch (word[0])
                {
                    case "write" when fails: given.Throws<InvalidOperationException>(() => buffer.Write(int.Parse(word[1]))); break;
                    case "write": buffer.Write(int.Parse(word[1])); break;
                    case "read" when fails: given.Throws<InvalidOperationException>(() => buffer.Read()); break;
                    case "read": given.Equal(int.Parse(word[1]), buffer.Read()); break;
                    case "overwrite": buffer.Overwrite(int.Parse(word[1])); break;
                    case "clear": buffer.Clear(); break;
                    case "count": given.Equal(int.Parse(word[1]), buffer.Count); break;
                    default: throw new InvalidOperationException($"Unknown test step '{step}'.");
                }
            }
            catch (Exception e) when (e is not (NotImplementedException or Xunit.Sdk.XunitException))
            {
                given.That(false, $"{step} succeeds", $"{e.GetType().Name}: {e.Message}");
            }
        }
    }

    // Cases from exercism/problem-specifications, exercises/circular-buffer/canonical-data.json
    // (MIT), copied in /work/shared/peer-tests/exercism/circular-buffer.json, as scripts.
    public static TheoryData<string, int, string> Exercism => new()
    {
        { "reading empty buffer should fail", 1, "read fails" },
        { "can read an item just written", 1, "write 1; read 1" },
        { "each item may only be read once", 1, "write 1; read 1; read fails" },
        { "items are read in the order they are written", 2, "write 1; write 2; read 1; read 2" },
        { "full buffer can't be written to", 1, "write 1; write 2 fails" },
        { "a read frees up capacity for another write", 1, "write 1; read 1; write 2; read 2" },
        { "read position is maintained even across multiple writes", 3, "write 1; write 2; read 1; write 3; read 2; read 3" },
        { "items cleared out of buffer can't be read", 1, "write 1; clear; read fails" },
        { "clear frees up capacity for another write", 1, "write 1; clear; write 2; read 2" },
        { "clear does nothing on empty buffer", 1, "clear; write 1; read 1" },
        { "overwrite acts like write on non-full buffer", 2, "write 1; overwrite 2; read 1; read 2" },
        { "overwrite replaces the oldest item on full buffer", 2, "write 1; write 2; overwrite 3; read 2; read 3" },
        { "overwrite replaces the oldest item remaining in buffer following a read", 3,
            "write 1; write 2; write 3; read 1; write 4; overwrite 5; read 3; read 4; read 5" },
        { "initial clear does not affect wrapping around", 2, "clear; write 1; write 2; overwrite 3; overwrite 4; read 3; read 4; read fails" },
    };

    [Theory]
    [MemberData(nameof(Exercism))]
    public void Exercism_canonical_cases(string description, int capacity, string script)
    {
        _ = description;
        Run(capacity, script, hint: script.Contains("overwrite") || script.Contains("clear") ? 3 : 2);
    }

    [Fact]
    public void Worked_example_from_the_readme()
    {
        Run(3, "write 1; write 2; write 3; write 4 fails; read 1; write 4; overwrite 5; read 3; read 4; read 5; count 0", hint: 3);
    }

    [Fact]
    public void A_full_buffer_is_not_mistaken_for_an_empty_one()
    {
        // After exactly `capacity` writes the write position is back where reading starts;
        // the buffer is full (3 values), not empty.
        Run(3, "write 7; write 8; write 9; count 3; write 10 fails; read 7; read 8; read 9; read fails", hint: 2);
    }

    [Fact]
    public void Failed_operations_leave_the_buffer_unchanged()
    {
        Run(2, "write 1; write 2; write 3 fails; count 2; read 1; read 2; read fails; count 0; write 4; read 4", hint: 2);
    }

    [Fact]
    public void Values_wrap_around_many_times_in_order()
    {
        // Capacity 3; each round writes two values and reads two, so positions cycle through the
        // array: FIFO order must hold across every wrap.
        Run(3, "write 1; write 2; read 1; write 3; write 4; read 2; read 3; write 5; write 6; read 4; read 5; "
              + "write 7; write 8; read 6; read 7; write 9; count 2; read 8; read 9; count 0", hint: 1);
    }

    [Fact]
    public void Count_follows_every_operation()
    {
        Run(3, "count 0; write 1; count 1; write 2; count 2; overwrite 3; count 3; overwrite 4; count 3; "
              + "read 2; count 2; clear; count 0; overwrite 5; count 1", hint: 3);
    }

    [Fact]
    public void Overwrite_keeps_dropping_the_oldest_on_a_full_buffer()
    {
        // [1, 2, 3] then overwrite 4, 5, 6, 7: each drops the oldest, leaving [5, 6, 7].
        Run(3, "write 1; write 2; write 3; overwrite 4; overwrite 5; overwrite 6; overwrite 7; read 5; read 6; read 7; read fails", hint: 3);
    }

    [Fact]
    public void Clear_after_wrapping_gives_back_the_full_capacity()
    {
        Run(2, "write 1; write 2; read 1; write 3; clear; count 0; read fails; write 4; write 5; write 6 fails; read 4; read 5", hint: 3);
    }

    [Fact]
    public void Zero_and_negative_values_are_ordinary_values()
    {
        Run(3, "write 0; write -1; write -2147483648; read 0; read -1; read -2147483648; read fails", hint: 1);
    }

    [Fact]
    public void Capacity_one_alternates_between_full_and_empty()
    {
        Run(1, "write 1; count 1; write 2 fails; overwrite 3; count 1; read 3; count 0; overwrite 4; read 4; read fails", hint: 2);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-4)]
    public void Capacity_must_be_at_least_one(int capacity)
    {
        Check.Given(capacity).Throws<ArgumentOutOfRangeException>(() => new CircularBuffer(capacity), "capacity");
    }
}
