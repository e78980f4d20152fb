using MlKata.Katas;

namespace MlKata.Katas.Tests;

public class OneHotEncoderTests
{
    private static OneHotEncoder Fitted(string[] values)
    {
        var encoder = new OneHotEncoder();
        encoder.Fit(values);
        return encoder;
    }

    [Fact]
    public void Fit_learns_the_sorted_distinct_categories_of_the_sklearn_example()
    {
        // scikit-learn's OneHotEncoder docs fit X = [['Male', 1], ['Female', 3], ['Female', 2]];
        // the categories of the first column are ['Female', 'Male'].
        string[] values = ["Male", "Female", "Female"];
        Check.Given(values).Hint(1).Equal<IReadOnlyList<string>>(["Female", "Male"], Fitted(values).Categories);
    }

    [Fact]
    public void Transform_puts_a_single_one_in_the_values_column()
    {
        string[] train = ["Male", "Female", "Female"], values = ["Female", "Male", "Female"];
        var encoder = Fitted(train);
        // columns: Female = 0, Male = 1 (sklearn: transform([['Female'], ['Male']]) -> [[1, 0], [0, 1]])
        Check.Given(train, values).Hint(1).Near([[1, 0], [0, 1], [1, 0]], encoder.Transform(values));
    }

    [Fact]
    public void Rows_have_one_column_per_category_in_sorted_order()
    {
        string[] train = ["red", "green", "blue", "green", "red"], values = ["green", "blue", "red"];
        var encoder = Fitted(train);
        // categories blue, green, red -> columns 0, 1, 2
        Check.Given(train).Hint(1).Equal<IReadOnlyList<string>>(["blue", "green", "red"], encoder.Categories);
        Check.Given(train, values).Hint(1).Near([[0, 1, 0], [1, 0, 0], [0, 0, 1]], encoder.Transform(values));
    }

    [Fact]
    public void Categories_are_sorted_ordinally_by_code_unit()
    {
        // Ordinal order compares UTF-16 code units: 'B' = 66 < '_' = 95 < 'a' = 97 < 'b' = 98
        // < 'ä' = 228, and "10" < "9" because '1' = 49 < '9' = 57. A culture-aware sort puts
        // "a" before "B" and "ä" next to "a" instead.
        string[] values = ["b", "a", "B", "_", "ä", "9", "10"];
        Check.Given(values).Hint(2).Equal<IReadOnlyList<string>>(["10", "9", "B", "_", "a", "b", "ä"], Fitted(values).Categories);
    }

    [Fact]
    public void Categories_are_case_sensitive()
    {
        // "cat", "Cat" and "CAT" are three categories: 'C' = 67 < 'c' = 99, and "CAT" < "Cat"
        // because 'A' = 65 < 'a' = 97.
        string[] values = ["cat", "Cat", "CAT", "cat"];
        var encoder = Fitted(values);
        Check.Given(values).Hint(2).Equal<IReadOnlyList<string>>(["CAT", "Cat", "cat"], encoder.Categories);
        Check.Given(values).Hint(2).Near([[0, 0, 1], [0, 1, 0], [1, 0, 0], [0, 0, 1]], encoder.Transform(values));
    }

    [Fact]
    public void An_unknown_value_is_rejected_naming_it()
    {
        string[] train = ["red", "green"], values = ["green", "purple"];
        var encoder = Fitted(train);
        var thrown = Check.Given(train, values).Hint(3)
            .Throws<ArgumentException>(() => encoder.Transform(values), "values");
        Check.Given(train, values).Hint(3).That(thrown.Message.Contains("purple"), "the message names the unknown value \"purple\"", thrown.Message);
    }

    [Fact]
    public void A_value_differing_only_in_case_is_unknown()
    {
        string[] train = ["red", "green"], values = ["Red"];
        var encoder = Fitted(train);
        Check.Given(train, values).Hint(2).Throws<ArgumentException>(() => encoder.Transform(values), "values");
    }

    [Fact]
    public void Fit_on_no_values_is_rejected()
    {
        string[] values = [];
        Check.Given(values).Throws<ArgumentException>(() => new OneHotEncoder().Fit(values), "values");
    }

    [Fact]
    public void Transform_of_no_values_is_an_empty_matrix()
    {
        string[] train = ["a", "b"], values = [];
        Check.Given(train, values).Equal(0, Fitted(train).Transform(values).Length);
    }

    [Fact]
    public void Null_arrays_and_null_values_are_rejected()
    {
        string[] withNull = ["a", null!, "b"], train = ["a", "b"];
        var encoder = Fitted(train);
        var given = Check.Given(withNull, train);
        given.Throws<ArgumentNullException>(() => new OneHotEncoder().Fit(withNull), "values");
        given.Throws<ArgumentNullException>(() => new OneHotEncoder().Fit(null!), "values");
        given.Throws<ArgumentNullException>(() => encoder.Transform(withNull), "values");
        given.Throws<ArgumentNullException>(() => encoder.Transform(null!), "values");
    }

    [Fact]
    public void Using_the_encoder_before_Fit_is_an_error()
    {
        string[] values = ["a"];
        var encoder = new OneHotEncoder();
        var given = Check.Given(values);
        given.Throws<InvalidOperationException>(() => encoder.Transform(values));
        given.Throws<InvalidOperationException>(() => _ = encoder.Categories);
    }

    [Fact]
    public void A_second_Fit_replaces_the_categories()
    {
        string[] first = ["x", "y"], second = ["b", "a"];
        var encoder = Fitted(first);
        encoder.Fit(second);
        var given = Check.Given(first, second).Hint(1);
        given.Equal<IReadOnlyList<string>>(["a", "b"], encoder.Categories);
        given.Throws<ArgumentException>(() => encoder.Transform(first), "values");
    }

    [Fact]
    public void Each_row_is_a_separate_array()
    {
        string[] train = ["a", "b"], values = ["a", "a"];
        var rows = Fitted(train).Transform(values);
        rows[0][1] = 5.0; // editing one row must not change another
        Check.Given(train, values).Near([1.0, 0.0], rows[1]);
    }

    [Fact]
    public void Inputs_are_not_modified()
    {
        string[] train = ["b", "c", "a", "b"], values = ["c", "a"];
        var encoder = new OneHotEncoder();
        var given = Check.Given(train, values);
        given.Unchanged(() => encoder.Fit(train));
        given.Unchanged(() => encoder.Transform(values));
    }
}
