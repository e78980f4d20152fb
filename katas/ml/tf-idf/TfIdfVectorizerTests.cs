using MlKata.Katas;

namespace MlKata.Katas.Tests;

public class TfIdfVectorizerTests
{
    // The corpus of scikit-learn's TfidfVectorizer documentation.
    private static string[] Corpus =>
    [
        "This is the first document.",
        "This document is the second document.",
        "And this is the third one.",
        "Is this the first document?",
    ];

    private static TfIdfVectorizer Fitted(string[] documents)
    {
        var vectorizer = new TfIdfVectorizer();
        vectorizer.Fit(documents);
        return vectorizer;
    }

    [Fact]
    public void Vocabulary_matches_scikit_learns_example()
    {
        string[] documents = Corpus;
        // sklearn docs: get_feature_names_out() ->
        // ['and', 'document', 'first', 'is', 'one', 'second', 'the', 'third', 'this']
        Check.Given(documents).Hint(1).Equal<IReadOnlyList<string>>(
            ["and", "document", "first", "is", "one", "second", "the", "third", "this"], Fitted(documents).Vocabulary);
    }

    [Fact]
    public void Transform_matches_scikit_learns_example()
    {
        string[] documents = Corpus;
        // n = 4. Document frequencies: and 1, document 3, first 2, is 4, one 1, second 1, the 4,
        // third 1, this 4 ("document" occurs 4 times but in 3 documents).
        // idf = ln((1 + n) / (1 + df)) + 1: df 1 -> ln(5/2) + 1 = 1.916290731874155,
        // df 2 -> ln(5/3) + 1 = 1.5108256237659907, df 3 -> ln(5/4) + 1 = 1.2231435513142097, df 4 -> 1.
        // Row 0 (document, first, is, the, this once each): 1.2231, 1.5108, 1, 1, 1 over
        //   sqrt(1.2231^2 + 1.5108^2 + 3) = 2.6035887180100916 -> 0.46979, 0.58029, 0.38409 x 3
        //   (scikit-learn prints [0, 0.46979139, 0.58028582, 0.38408524, 0, 0, 0.38408524, 0, 0.38408524]).
        // Row 1: document twice -> 2.4463, second 1.9163, is, the, this 1.
        // Row 2: and, one, third 1.9163; is, the, this 1.
        // Row 3: the same terms as row 0.
        double[][] expected =
        [
            [0, 0.46979138557992045, 0.5802858236844359, 0.38408524091481483, 0, 0, 0.38408524091481483, 0, 0.38408524091481483],
            [0, 0.6876235979836938, 0, 0.281088674033753, 0, 0.5386476208856763, 0.281088674033753, 0, 0.281088674033753],
            [0.511848512707169, 0, 0, 0.267103787642168, 0.511848512707169, 0, 0.267103787642168, 0.511848512707169, 0.267103787642168],
            [0, 0.46979138557992045, 0.5802858236844359, 0.38408524091481483, 0, 0, 0.38408524091481483, 0, 0.38408524091481483],
        ];
        Check.Given(documents).Hint(2).Near(expected, Fitted(documents).Transform(documents));
    }

    [Fact]
    public void A_term_in_every_document_keeps_weight_one()
    {
        string[] documents = ["cat dog", "cat"];
        // n = 2: cat df 2 -> ln(3/3) + 1 = 1 (not 0: the outer +1); dog df 1 -> ln(3/2) + 1 = 1.4054651081081644.
        // Row 0: [1, 1.4055] / sqrt(1 + 1.4055^2) = [0.5797386715376657, 0.8148024746671689]; row 1: [1, 0].
        Check.Given(documents).Hint(2).Near([[0.5797386715376657, 0.8148024746671689], [1, 0]], Fitted(documents).Transform(documents));
    }

    [Fact]
    public void Term_frequency_is_the_raw_count()
    {
        string[] documents = ["spam spam spam eggs", "eggs ham"];
        // n = 2: eggs df 2 -> idf 1; ham and spam df 1 -> idf 1.4054651081081644.
        // Row 0: eggs 1 * 1, spam 3 * 1.4055 = 4.2164; norm sqrt(1 + 4.2164^2) = 4.3333
        //   -> [0.23076792961123066, 0, 0.9730088194168366] (counting spam once would give 0.58, 0, 0.81).
        double[][] expected = [[0.23076792961123066, 0, 0.9730088194168366], [0.5797386715376657, 0.8148024746671689, 0]];
        Check.Given(documents).Hint(1).Near(expected, Fitted(documents).Transform(documents));
    }

    [Fact]
    public void Tokens_are_lower_cased_runs_of_two_or_more_word_characters()
    {
        // Lower-cased, then \b\w\w+\b: "i", "t" (of don't), "e" (of e-mail), "a" and "x" are too short;
        // apostrophes, hyphens, commas, semicolons and "+" split words; digits and "_" are word characters.
        string[] documents = ["I don't like e-mail, snake_case or R2D2; A+ 42 x"];
        Check.Given(documents).Hint(1).Equal<IReadOnlyList<string>>(
            ["42", "don", "like", "mail", "or", "r2d2", "snake_case"], Fitted(documents).Vocabulary);
    }

    [Fact]
    public void Case_variants_are_one_term()
    {
        string[] train = ["Apple apple APPLE", "banana"], documents = ["APPLE Banana apple"];
        var vectorizer = Fitted(train);
        // Vocabulary [apple, banana], both df 1 of n = 2 -> the same idf, so the row is the
        // normalised counts [2, 1] / sqrt(5) = [0.8944271909999159, 0.4472135954999579].
        Check.Given(train).Hint(1).Equal<IReadOnlyList<string>>(["apple", "banana"], vectorizer.Vocabulary);
        Check.Given(train, documents).Hint(1).Near([[0.8944271909999159, 0.4472135954999579]], vectorizer.Transform(documents));
    }

    [Fact]
    public void Vocabulary_is_sorted_ordinally()
    {
        // By UTF-16 code unit: '9' = 57 < '_' = 95 < 'a' = 97 < 'z' = 122 < 'é' = 233,
        // so "éclair" comes last, after "zebra" (a culture-aware sort puts it after "apple").
        string[] documents = ["zebra éclair _under 9lives apple"];
        Check.Given(documents).Hint(3).Equal<IReadOnlyList<string>>(
            ["9lives", "_under", "apple", "zebra", "éclair"], Fitted(documents).Vocabulary);
    }

    [Fact]
    public void Transform_uses_the_idf_learned_in_Fit()
    {
        string[] train = ["cat dog", "cat"], documents = ["cat dog"];
        // With Fit's n = 2: cat idf 1, dog idf 1.4054651081081644 -> [0.5797, 0.8148].
        // Recomputing idf on the one transformed document would weigh both terms equally (0.7071 each).
        Check.Given(train, documents).Hint(2).Near([[0.5797386715376657, 0.8148024746671689]], Fitted(train).Transform(documents));
    }

    [Fact]
    public void Unknown_terms_are_ignored_and_a_document_without_known_terms_is_all_zero()
    {
        string[] train = ["cat dog", "cat"], documents = ["dog bird bird", "fish", "", "a !"];
        // "bird" and "fish" are not in the vocabulary; "dog bird bird" keeps only dog -> [0, 1].
        // The other three rows have no known term: length 0, so all zeros rather than 0/0 = NaN.
        Check.Given(train, documents).Hint(3).Near([[0, 1], [0, 0], [0, 0], [0, 0]], Fitted(train).Transform(documents));
    }

    [Fact]
    public void An_empty_vocabulary_is_rejected()
    {
        string[] noTokens = ["a b c", "!? ..", ""], none = [];
        var given = Check.Given(noTokens, none).Hint(1);
        given.Throws<ArgumentException>(() => new TfIdfVectorizer().Fit(noTokens), "documents");
        given.Throws<ArgumentException>(() => new TfIdfVectorizer().Fit(none), "documents");
    }

    [Fact]
    public void Null_arrays_and_null_documents_are_rejected()
    {
        string[] withNull = ["cat dog", null!], train = ["cat dog"];
        var vectorizer = Fitted(train);
        var given = Check.Given(withNull, train);
        given.Throws<ArgumentNullException>(() => new TfIdfVectorizer().Fit(null!), "documents");
        given.Throws<ArgumentNullException>(() => new TfIdfVectorizer().Fit(withNull), "documents");
        given.Throws<ArgumentNullException>(() => vectorizer.Transform(withNull), "documents");
    }

    [Fact]
    public void Using_the_vectorizer_before_Fit_is_an_error()
    {
        string[] documents = ["cat dog"];
        var vectorizer = new TfIdfVectorizer();
        var given = Check.Given(documents);
        given.Throws<InvalidOperationException>(() => vectorizer.Transform(documents));
        given.Throws<InvalidOperationException>(() => _ = vectorizer.Vocabulary);
    }

    [Fact]
    public void A_second_Fit_replaces_the_vocabulary_and_idf()
    {
        string[] first = Corpus, second = ["cat dog", "cat"];
        var vectorizer = Fitted(first);
        vectorizer.Fit(second);
        var given = Check.Given(first, second).Hint(2);
        given.Equal<IReadOnlyList<string>>(["cat", "dog"], vectorizer.Vocabulary);
        given.Near([[0.5797386715376657, 0.8148024746671689]], vectorizer.Transform(["cat dog"]));
    }

    [Fact]
    public void Inputs_are_not_modified()
    {
        string[] train = Corpus, documents = ["The THIRD document", "nothing known"];
        var vectorizer = new TfIdfVectorizer();
        var given = Check.Given(train, documents);
        given.Unchanged(() => vectorizer.Fit(train));
        given.Unchanged(() => vectorizer.Transform(documents));
    }
}
