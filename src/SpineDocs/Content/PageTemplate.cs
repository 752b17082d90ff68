using System.Globalization;
using System.Text;

namespace SpineDocs.Content;

/// <summary>The Markdown a new page starts from: complete front matter, <c>draft: true</c> and the sections its kind requires.</summary>
public static class PageTemplate
{
    /// <summary>The longest file name a new page gets: an address a reader can read, and a path every file system takes.</summary>
    public const int MaxSlugLength = 60;

    public static string SlugFor(string title)
    {
        var words = new string(title.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : ' ').ToArray())
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var slug = string.Join('-', words);
        if (slug.Length <= MaxSlugLength)
        {
            return slug;
        }

        // Cut at a word, never inside one; a single very long word is cut where it must be.
        var cut = slug.LastIndexOf('-', MaxSlugLength);
        return cut > 0 ? slug[..cut] : slug[..MaxSlugLength];
    }

    /// <summary>Where a page of this kind lives under the input folder, e.g. <c>conditions/chordoma.md</c>.</summary>
    public static string PathFor(PageKind kind, string slug) =>
        KindRules.Sections.TryGetValue(kind, out var section) ? $"{section.Folder}/{slug}.md" : $"{slug}.md";

    public static string Create(PageKind kind, string title, DateOnly today)
    {
        var rule = KindRules.ByKind[kind];
        var text = new StringBuilder();
        text.Append("---\n");
        text.Append($"title: {Quote(title)}\n");
        text.Append($"kind: {kind.ToString().ToLowerInvariant()}\n");
        text.Append("summary: One or two plain sentences that say what this page covers.\n");
        text.Append("aliases: []\n");
        text.Append("related: []\n");
        if (rule.NeedsReview)
        {
            text.Append(CultureInfo.InvariantCulture, $"reviewed: {today:yyyy-MM-dd}\n");
            text.Append(CultureInfo.InvariantCulture, $"next-review: {today.AddYears(1):yyyy-MM-dd}\n");
            text.Append("sources: []\n");
        }

        text.Append("draft: true\n");
        text.Append("---\n\n");
        text.Append("<!-- Start with what matters most to a worried reader, in plain words. See CONTENT-GUIDE.md. -->\n");
        foreach (var section in rule.Sections)
        {
            text.Append($"\n## {section.Heading} {{#{section.Id}}}\n\n<!-- Write this section. -->\n");
            if (rule.NeedsEmergencyCard && section.Id == "symptoms")
            {
                text.Append("\n::: red-flags emergency\n:::\n");
            }
        }

        if (rule.NeedsEmergencyCard && rule.Sections.All(s => s.Id != "symptoms"))
        {
            text.Append("\n::: red-flags emergency\n:::\n");
        }

        return text.ToString();
    }

    private static string Quote(string value) =>
        value.IndexOfAny([':', '#', '"', '\'', '[', ']', '{', '}']) >= 0 ? $"\"{value.Replace("\"", "\\\"", StringComparison.Ordinal)}\"" : value;
}
