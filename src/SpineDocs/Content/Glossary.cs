using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace SpineDocs.Content;

/// <summary>The site's glossary, with one matcher that finds any of its terms in running text.</summary>
public sealed class Glossary
{
    public const string Slug = "glossary";
    public const string Url = "/glossary/";

    private readonly FrozenDictionary<string, GlossaryEntry> byForm;

    public Glossary(ImmutableArray<GlossaryEntry> entries)
    {
        Entries = entries;
        ById = entries.ToFrozenDictionary(e => e.Id, StringComparer.Ordinal);
        byForm = entries.SelectMany(e => e.Forms.Select(f => (Form: f.ToLowerInvariant(), Entry: e)))
            .DistinctBy(x => x.Form)
            .ToFrozenDictionary(x => x.Form, x => x.Entry, StringComparer.Ordinal);

        // Longest forms first so "spinal cord compression" wins over "spinal cord"; capitals-only forms (MRI, PET) match case.
        var alternatives = entries.SelectMany(e => e.Forms).Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(f => f.Length)
            .Select(f => IsAbbreviation(f) ? $"(?-i:{Regex.Escape(f)})" : Regex.Escape(f));
        Matcher = entries.IsEmpty
            ? null
            : new Regex($@"(?<![\w-])(?:{string.Join("|", alternatives)})(?![\w-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    public static readonly Glossary Empty = new([]);

    public ImmutableArray<GlossaryEntry> Entries { get; }

    public FrozenDictionary<string, GlossaryEntry> ById { get; }

    public Regex? Matcher { get; }

    /// <summary>The entries naming a page's own subject: a form equals its title or one of its aliases.</summary>
    public IEnumerable<GlossaryEntry> EntriesNaming(PageMeta meta)
    {
        var names = meta.Aliases.Prepend(meta.Title).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return Entries.Where(e => e.Forms.Any(names.Contains));
    }

    public GlossaryEntry EntryFor(string matchedText) => byForm[matchedText.ToLowerInvariant()];

    private static bool IsAbbreviation(string form) => form.Length <= 6 && form.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c));
}
