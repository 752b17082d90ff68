namespace SpineDocs.Content;

/// <summary>How hard a page's prose is to read: counts and the Flesch-Kincaid grade.</summary>
public sealed record Readability(int Words, int Sentences, int Syllables)
{
    public static readonly Readability Empty = new(0, 0, 0);

    /// <summary>Flesch-Kincaid grade level: 0.39 × words per sentence + 11.8 × syllables per word − 15.59.</summary>
    public double Grade => Words == 0 || Sentences == 0
        ? 0
        : (0.39 * Words / Sentences) + (11.8 * Syllables / Words) - 15.59;

    public Readability Add(Readability other) =>
        new(Words + other.Words, Sentences + other.Sentences, Syllables + other.Syllables);
}
