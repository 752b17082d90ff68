using System.Text.RegularExpressions;

namespace SpineDocs.Content;

/// <summary>Counts words, sentences and syllables in plain text, the way Flesch-Kincaid counts them.</summary>
public static partial class ReadabilityMeter
{
    /// <summary>Measures one block of prose; the end of the block ends a sentence even without a full stop.</summary>
    public static Readability Measure(string text)
    {
        var (words, syllables) = (0, 0);
        foreach (var word in WordPattern().EnumerateMatches(text))
        {
            words++;
            syllables += Syllables(text.AsSpan(word.Index, word.Length));
        }

        if (words == 0)
        {
            return Readability.Empty;
        }

        var sentences = Math.Max(1, SentenceEnd().Count(text.TrimEnd()) + (EndsSentence(text) ? 0 : 1));
        return new Readability(words, sentences, syllables);
    }

    public static int Syllables(string word) => Syllables(word.AsSpan());

    /// <summary>An estimate by vowel groups, with the usual corrections for silent endings ('-es', '-ed', '-e').</summary>
    public static int Syllables(ReadOnlySpan<char> word)
    {
        Span<char> letters = stackalloc char[Math.Min(word.Length, 64)];
        var length = 0;
        foreach (var c in word)
        {
            if (char.IsAsciiLetter(c) && length < letters.Length)
            {
                letters[length++] = char.ToLowerInvariant(c);
            }
        }

        if (length <= 3)
        {
            return 1;
        }

        var text = letters[..length];
        if (text[^2] == 'e' && text[^1] == 's' && !IsSilentBreaker(text[^3]))
        {
            text = text[..^3];
        }
        else if (text[^2] == 'e' && text[^1] == 'd')
        {
            text = text[..^2];
        }
        else if (text[^1] == 'e' && !IsSilentBreaker(text[^2]))
        {
            text = text[..^2];
        }

        if (text.Length > 0 && text[0] == 'y')
        {
            text = text[1..];
        }

        // Each run of vowels counts one syllable per two letters, as the pattern [aeiouy]{1,2} matched them.
        var (groups, run) = (0, 0);
        foreach (var c in text)
        {
            run = IsVowel(c) ? run + 1 : 0;
            groups += run % 2 == 1 ? 1 : 0;
        }

        return Math.Max(1, groups);
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static bool IsSilentBreaker(char c) => c is 'l' or 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static readonly char[] ClosingMarks = ['"', '\'', ')', '’', '”'];

    private static bool EndsSentence(string text) => text.AsSpan().TrimEnd().TrimEnd(ClosingMarks) is { Length: > 0 } t && t[^1] is '.' or '!' or '?';

    [GeneratedRegex(@"[A-Za-z0-9]+(?:['’][A-Za-z]+)*")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"[.!?]+(?=[\s""'’”)]|$)")]
    private static partial Regex SentenceEnd();
}
