using System.Text.RegularExpressions;

namespace SpineDocs.Content;

/// <summary>Counts words, sentences and syllables in plain text, the way Flesch-Kincaid counts them.</summary>
public static partial class ReadabilityMeter
{
    /// <summary>Measures one block of prose; the end of the block ends a sentence even without a full stop.</summary>
    public static Readability Measure(string text)
    {
        var words = WordPattern().Matches(text);
        if (words.Count == 0)
        {
            return Readability.Empty;
        }

        var sentences = Math.Max(1, SentenceEnd().Matches(text.TrimEnd()).Count + (EndsSentence(text) ? 0 : 1));
        var syllables = words.Sum(w => Syllables(w.Value));
        return new Readability(words.Count, sentences, syllables);
    }

    /// <summary>An estimate by vowel groups, with the usual corrections for silent endings.</summary>
    public static int Syllables(string word)
    {
        var w = word.ToLowerInvariant().Where(char.IsAsciiLetter).ToArray();
        if (w.Length == 0)
        {
            return 1;
        }

        if (w.Length <= 3)
        {
            return 1;
        }

        var text = new string(w);
        text = SilentEnding().Replace(text, "");
        text = text.StartsWith('y') ? text[1..] : text;
        var groups = VowelGroup().Matches(text).Count;
        return Math.Max(1, groups);
    }

    private static bool EndsSentence(string text) => text.TrimEnd().TrimEnd('"', '\'', ')', '’', '”') is { Length: > 0 } t && ".!?".Contains(t[^1]);

    [GeneratedRegex(@"[A-Za-z0-9]+(?:['’][A-Za-z]+)*")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"[.!?]+(?=[\s""'’”)]|$)")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"(?:[^laeiouy]es|ed|[^laeiouy]e)$")]
    private static partial Regex SilentEnding();

    [GeneratedRegex(@"[aeiouy]{1,2}")]
    private static partial Regex VowelGroup();
}
