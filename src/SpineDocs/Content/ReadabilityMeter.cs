namespace SpineDocs.Content;

/// <summary>Counts words, sentences and syllables in plain text, the way Flesch-Kincaid counts them.</summary>
public static class ReadabilityMeter
{
    /// <summary>Measures one block of prose; the end of the block ends a sentence even without a full stop.</summary>
    public static Readability Measure(string text)
    {
        var (words, syllables) = (0, 0);
        var span = text.AsSpan();
        for (var i = 0; i < span.Length;)
        {
            if (!char.IsAsciiLetterOrDigit(span[i]))
            {
                i++;
                continue;
            }

            // A word is letters and digits, with apostrophe-joined letter groups: "don't", "patient’s".
            var start = i;
            while (i < span.Length && char.IsAsciiLetterOrDigit(span[i]))
            {
                i++;
            }

            while (i + 1 < span.Length && span[i] is '\'' or '’' && char.IsAsciiLetter(span[i + 1]))
            {
                i++;
                while (i < span.Length && char.IsAsciiLetter(span[i]))
                {
                    i++;
                }
            }

            words++;
            syllables += Syllables(span[start..i]);
        }

        if (words == 0)
        {
            return Readability.Empty;
        }

        var sentences = Math.Max(1, SentenceEnds(span.TrimEnd()) + (EndsSentence(text) ? 0 : 1));
        return new Readability(words, sentences, syllables);
    }

    /// <summary>Runs of '.', '!' or '?' followed by a space, a closing quote or bracket, or the end.</summary>
    private static int SentenceEnds(ReadOnlySpan<char> text)
    {
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('.' or '!' or '?'))
            {
                continue;
            }

            while (i + 1 < text.Length && text[i + 1] is '.' or '!' or '?')
            {
                i++;
            }

            count += i + 1 == text.Length || char.IsWhiteSpace(text[i + 1]) || text[i + 1] is '"' or '\'' or '’' or '”' or ')' ? 1 : 0;
        }

        return count;
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
}
