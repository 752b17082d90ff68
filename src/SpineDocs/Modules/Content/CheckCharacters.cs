using System.Globalization;
using SpineDocs.Diagnostics;
using SpineDocs.Pipeline;

namespace SpineDocs.Modules.Content;

/// <summary>
/// Reports characters a reader cannot see but that change what they read: zero-width spaces (an alias that
/// shows as nothing), direction overrides (a title that reads backwards) and control characters.
/// </summary>
public sealed class CheckCharacters : ParallelModule
{
    protected override Document? Execute(Document document, BuildContext context)
    {
        if (document.Bytes is not null)
        {
            return document;
        }

        var text = document.Content;
        var (line, lineStart) = (1, 0);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                (line, lineStart) = (line + 1, i + 1);
                continue;
            }

            if (Describe(c) is { } what)
            {
                context.Diagnostics.Error(DiagnosticCodes.HiddenCharacter, context.Display(document.Source), line, i - lineStart + 1,
                    $"this line has an invisible character, {what} (U+{(int)c:X4}), which can hide or reverse text: delete it (your editor may show it as a space or nothing).");
                // One report a line is enough to find it.
                var next = text.IndexOf('\n', i);
                i = next < 0 ? text.Length : next - 1;
            }
        }

        return document;
    }

    /// <summary>What the character is, when it is one no page needs; null for every ordinary character.</summary>
    public static string? Describe(char c) => c switch
    {
        '\t' => null,
        '\u200B' => "a zero-width space",
        '\u2060' => "a word joiner",
        '\uFEFF' => "a byte order mark",
        >= '\u202A' and <= '\u202E' => "a text direction override",
        >= '\u2066' and <= '\u2069' => "a text direction isolate",
        _ when char.GetUnicodeCategory(c) == UnicodeCategory.Control => "a control character",
        _ => null,
    };
}
