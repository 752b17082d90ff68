using SpineDocs.Content;
using SpineDocs.Pipeline;

namespace SpineDocs.Modules.Layout;

/// <summary>The words readers may search a page by that its text may not contain: its aliases, every form
/// of the glossary terms naming its subject (plurals, US spellings) and the words readers use for its warning signs.</summary>
public sealed class SearchTerms(BuildContext context)
{
    private readonly ILookup<string, string> flagWords = context.RedFlags.Flags
        .SelectMany(f => f.Pages.SelectMany(p => f.Words.Select(w => (p.Slug, Word: w))))
        .ToLookup(x => x.Slug, x => x.Word, StringComparer.Ordinal);

    public IReadOnlyList<string> For(Document document)
    {
        var meta = document.Meta!;
        var subjectTerms = context.Glossary.EntriesNaming(meta).SelectMany(e => e.Forms);
        return meta.Aliases
            .Concat(subjectTerms)
            .Concat(flagWords[meta.Slug])
            .Where(w => !w.Equals(meta.Title, StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
    }
}
