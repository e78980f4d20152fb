using MlKata.Katas;

namespace MlKata.Katas.Tests;

public class TableOpsTests
{
    // ---- ParseCsv ----

    [Fact]
    public void ParseCsv_splits_records_on_line_breaks_and_fields_on_commas()
    {
        string text = "name,age\nalice,30\nbob,25";
        List<string[]> expected = [["name", "age"], ["alice", "30"], ["bob", "25"]];
        Check.Given(text).Hint(1).Equal(expected, TableOps.ParseCsv(text));
    }

    [Fact]
    public void ParseCsv_handles_the_RFC_4180_examples()
    {
        // RFC 4180, section 2, rules 6 and 7: "aaa","b""bb","ccc" is aaa | b"bb | ccc, and a
        // quoted field may span a CRLF, which stays part of the field.
        string text = "\"aaa\",\"b\"\"bb\",\"ccc\"\r\n\"aaa\",\"b\r\nbb\",\"ccc\"\r\nzzz,yyy,xxx\r\n";
        List<string[]> expected = [["aaa", "b\"bb", "ccc"], ["aaa", "b\r\nbb", "ccc"], ["zzz", "yyy", "xxx"]];
        Check.Given(text).Hint(2).Equal(expected, TableOps.ParseCsv(text));
    }

    [Fact]
    public void ParseCsv_parses_the_readme_example()
    {
        // name,quote CRLF "Smith, Jo","She said ""hi""" CRLF (blank line) CRLF lee,"two LF lines" LF
        string text = "name,quote\r\n\"Smith, Jo\",\"She said \"\"hi\"\"\"\r\n\r\nlee,\"two\nlines\"\n";
        List<string[]> expected = [["name", "quote"], ["Smith, Jo", "She said \"hi\""], ["lee", "two\nlines"]];
        Check.Given(text).Hint(2).Equal(expected, TableOps.ParseCsv(text));
    }

    [Theory]
    [InlineData("\"Smith, John\",42", new[] { "Smith, John", "42" })]      // a comma inside quotes is data
    [InlineData("\"\"\"\",x", new[] { "\"", "x" })]                        // """" is one literal quote
    [InlineData("\"\",x", new[] { "", "x" })]                              // "" alone is an empty field
    [InlineData("\"say \"\"no\"\", twice\"", new[] { "say \"no\", twice" })] // doubled quotes next to a comma
    [InlineData("a,\"multi\nline\",b", new[] { "a", "multi\nline", "b" })] // LF inside quotes is data
    public void ParseCsv_understands_quoted_fields(string text, string[] record)
    {
        Check.Given(text).Hint(2).Equal([record], TableOps.ParseCsv(text));
    }

    [Fact]
    public void ParseCsv_accepts_CRLF_and_leaves_no_carriage_return_in_fields()
    {
        string text = "a,b\r\nc,d\r\n";
        List<string[]> expected = [["a", "b"], ["c", "d"]];
        Check.Given(text).Hint(2).Equal(expected, TableOps.ParseCsv(text));
    }

    [Fact]
    public void ParseCsv_keeps_empty_fields_and_spaces()
    {
        // ",a,," has four fields; " x , y " keeps its spaces (RFC 4180: spaces are part of a field).
        string text = ",a,,\n x , y ";
        List<string[]> expected = [["", "a", "", ""], [" x ", " y "]];
        Check.Given(text).Hint(1).Equal(expected, TableOps.ParseCsv(text));
    }

    [Fact]
    public void ParseCsv_of_empty_text_has_no_records()
    {
        string text = "";
        Check.Given(text).Equal(0, TableOps.ParseCsv(text).Count);
    }

    [Fact]
    public void ParseCsv_skips_blank_lines_and_a_trailing_line_break()
    {
        // LF LF between a and b, CRLF CRLF between b and c, a final LF: three records.
        string text = "\na\n\n\nb\r\n\r\nc\n";
        List<string[]> expected = [["a"], ["b"], ["c"]];
        Check.Given(text).Hint(2).Equal(expected, TableOps.ParseCsv(text));
    }

    [Fact]
    public void ParseCsv_keeps_a_blank_line_inside_quotes()
    {
        // The empty line is inside the quoted field, so it is data, not a blank line to skip.
        string text = "\"x\n\ny\",1";
        List<string[]> expected = [["x\n\ny", "1"]];
        Check.Given(text).Hint(2).Equal(expected, TableOps.ParseCsv(text));
    }

    [Fact]
    public void ParseCsv_rejects_an_unterminated_quote_naming_its_line()
    {
        // Line 1: "x LF line 2: y",1 (one record over two lines); line 3: 2,"open ... never closed.
        // The quote opens on line 3 (the second record): the message must say so.
        string text = "\"x\ny\",1\n2,\"open\nmore";
        var thrown = Check.Given(text).Hint(2).Throws<FormatException>(() => TableOps.ParseCsv(text));
        Check.Given(text).Hint(2).That(thrown.Message.Contains("line 3"), "the message names line 3, where the quote opens", thrown.Message);
    }

    [Fact]
    public void ParseCsv_rejects_null()
    {
        Check.Given().Throws<ArgumentNullException>(() => TableOps.ParseCsv(null!), "text");
    }

    // ---- GroupSum ----

    private static (string, double)[] Sorted(Dictionary<string, double> sums) =>
        sums.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => (pair.Key, pair.Value)).ToArray();

    [Fact]
    public void GroupSum_adds_the_values_of_each_key()
    {
        (string Key, double Value)[] rows = [("eu", 2.5), ("us", 1.0), ("eu", 4.0), ("apac", -0.5), ("us", 0.25)];
        // eu 2.5 + 4.0 = 6.5, us 1.0 + 0.25 = 1.25, apac -0.5 (all exact in binary)
        (string, double)[] expected = [("apac", -0.5), ("eu", 6.5), ("us", 1.25)];
        Check.Given(rows).Hint(3).Equal(expected, Sorted(TableOps.GroupSum(rows)));
    }

    [Fact]
    public void GroupSum_keys_are_case_sensitive_and_not_normalised()
    {
        // "eu" and "EU" differ in case; "\u00e9" (é precomposed) and "e\u0301" (e + combining acute)
        // look alike but differ by code unit: four groups.
        (string Key, double Value)[] rows = [("eu", 1), ("EU", 2), ("eu", 4), ("\u00e9", 8), ("e\u0301", 16)];
        // Sorted ordinally: 'E' = 69 < 'e' = 101 < '\u00e9' = 233, and after an 'e', 'u' = 117 < U+0301 = 769.
        (string, double)[] expected = [("EU", 2), ("eu", 5), ("e\u0301", 16), ("\u00e9", 8)];
        Check.Given(rows).Hint(3).Equal(expected, Sorted(TableOps.GroupSum(rows)));
    }

    [Fact]
    public void GroupSum_of_no_rows_is_empty()
    {
        (string Key, double Value)[] rows = [];
        Check.Given(rows).Equal(0, TableOps.GroupSum(rows).Count);
    }

    [Fact]
    public void GroupSum_reads_a_lazy_sequence()
    {
        // Rows produced on the fly: key k0, k1, k2 by i % 3, value i, for i = 0..8.
        // k0: 0 + 3 + 6 = 9, k1: 1 + 4 + 7 = 12, k2: 2 + 5 + 8 = 15
        var rows = Enumerable.Range(0, 9).Select(i => ($"k{i % 3}", (double)i));
        (string, double)[] expected = [("k0", 9), ("k1", 12), ("k2", 15)];
        Check.Given(rows).Hint(3).Equal(expected, Sorted(TableOps.GroupSum(rows)));
    }

    [Fact]
    public void GroupSum_rejects_a_null_key_and_null_rows()
    {
        (string Key, double Value)[] rows = [("a", 1), (null!, 2)];
        var given = Check.Given(rows);
        given.Throws<ArgumentNullException>(() => TableOps.GroupSum(rows), "rows");
        given.Throws<ArgumentNullException>(() => TableOps.GroupSum(null!), "rows");
    }

    [Fact]
    public void GroupSum_does_not_modify_its_input()
    {
        (string Key, double Value)[] rows = [("b", 1), ("a", 2), ("b", 3)];
        Check.Given(rows).Unchanged(() => TableOps.GroupSum(rows));
    }

    // ---- FillMissingWithMean ----

    [Fact]
    public void FillMissingWithMean_uses_the_mean_of_the_present_values()
    {
        double?[] column = [1, null, 3, null];
        // present values 1 and 3: mean (1 + 3) / 2 = 2 (dividing by all 4 entries would give 1)
        Check.Given(column).Hint(3).Equal([1, 2, 3, 2], TableOps.FillMissingWithMean(column));
    }

    [Fact]
    public void FillMissingWithMean_keeps_present_values_and_fills_leading_gaps()
    {
        double?[] column = [null, 0.5, null, 0.25, -0.75];
        // (0.5 + 0.25 - 0.75) / 3 = 0 / 3 = 0
        Check.Given(column).Hint(3).Equal([0.0, 0.5, 0.0, 0.25, -0.75], TableOps.FillMissingWithMean(column));
        double?[] other = [null, 0.5, 0.25];
        // (0.5 + 0.25) / 2 = 0.375
        Check.Given(other).Hint(3).Equal([0.375, 0.5, 0.25], TableOps.FillMissingWithMean(other));
    }

    [Fact]
    public void FillMissingWithMean_leaves_a_complete_column_as_it_is()
    {
        double?[] column = [4, 8, 15];
        Check.Given(column).Equal([4, 8, 15], TableOps.FillMissingWithMean(column));
    }

    [Fact]
    public void FillMissingWithMean_keeps_an_all_missing_column_missing()
    {
        // No present value, so no mean: not NaN, not 0, still missing.
        double?[] column = [null, null, null];
        Check.Given(column).Hint(3).Equal([null, null, null], TableOps.FillMissingWithMean(column));
    }

    [Fact]
    public void FillMissingWithMean_of_an_empty_column_is_empty()
    {
        double?[] column = [];
        Check.Given(column).Equal(0, TableOps.FillMissingWithMean(column).Length);
    }

    [Fact]
    public void FillMissingWithMean_rejects_null()
    {
        Check.Given().Throws<ArgumentNullException>(() => TableOps.FillMissingWithMean(null!), "column");
    }

    [Fact]
    public void FillMissingWithMean_returns_a_new_array_and_leaves_the_input_alone()
    {
        double?[] column = [1, null, 5];
        var given = Check.Given(column).Hint(3);
        given.Unchanged(() => TableOps.FillMissingWithMean(column));
        given.That(!ReferenceEquals(column, TableOps.FillMissingWithMean(column)), "a new array, not the input");
    }
}
