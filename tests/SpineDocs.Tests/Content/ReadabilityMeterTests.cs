using SpineDocs.Content;

namespace SpineDocs.Tests.Content;

public sealed class ReadabilityMeterTests
{
    [Theory]
    [InlineData("cat", 1)]
    [InlineData("spine", 1)]
    [InlineData("cancer", 2)]
    [InlineData("vertebrae", 3)]
    [InlineData("compression", 3)]
    [InlineData("metastasis", 4)]
    [InlineData("radiotherapy", 5)]
    [InlineData("walked", 1)]
    public void Syllables_are_counted_by_vowel_groups(string word, int syllables) =>
        ReadabilityMeter.Syllables(word).ShouldBe(syllables);

    [Fact]
    public void Sentences_end_at_full_stops_and_at_the_end_of_the_block()
    {
        // When
        var measured = ReadabilityMeter.Measure("The cat sat. The dog ran! Then what? A list item without a stop");

        // Then
        measured.Sentences.ShouldBe(4);
        measured.Words.ShouldBe(14);
    }

    [Fact]
    public void A_decimal_point_does_not_end_a_sentence()
    {
        // When
        var measured = ReadabilityMeter.Measure("About 1.5 in 10 people have it.");

        // Then
        measured.Sentences.ShouldBe(1);
    }

    [Fact]
    public void The_grade_follows_the_flesch_kincaid_formula()
    {
        // Given: 6 words, 1 sentence, 6 syllables
        var measured = ReadabilityMeter.Measure("The cat sat on the mat.");

        // When
        var grade = measured.Grade;

        // Then
        (measured.Words, measured.Sentences, measured.Syllables).ShouldBe((6, 1, 6));
        grade.ShouldBe((0.39 * 6) + 11.8 - 15.59, 0.0001);
    }

    [Fact]
    public void Long_sentences_of_long_words_grade_higher_than_short_plain_ones()
    {
        // Given
        var plain = ReadabilityMeter.Measure("Cancer can spread to the spine. It can press on the nerves.");
        var dense = ReadabilityMeter.Measure("Metastatic involvement of the vertebral column frequently precipitates neurological compromise necessitating multidisciplinary intervention.");

        // Then
        dense.Grade.ShouldBeGreaterThan(plain.Grade + 10);
    }
}
