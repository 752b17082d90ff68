using SpineDocs.Content;
using SpineDocs.Markdown;
using SpineDocs.Pipeline;

namespace SpineDocs.Modules.Content;

/// <summary>Renders each parsed page to HTML with the shared Markdig pipeline and its resolved links.</summary>
public sealed class RenderMarkdown : ParallelModule
{
    /// <summary>Glossary entries naming the page's own subject, which the page explains itself.</summary>
    private static HashSet<string> OwnSubject(Document document, Glossary glossary) =>
        document.Meta is { } meta ? glossary.EntriesNaming(meta).Select(e => e.Id).ToHashSet(StringComparer.Ordinal) : [];

    protected override Document? Execute(Document document, BuildContext context)
    {
        if (document.Meta is null || document.IsGenerated || document.FromCache)
        {
            return document;
        }

        // The tree was released after the Process phase read it; parsing again is cheaper than holding every page's tree.
        if (SpineDocsMarkdown.TryParse(document.Content) is not { } syntax)
        {
            // Reported by ParseMarkdown; the page stays empty rather than half-made.
            return document with { Content = "" };
        }

        var (html, terms) = SpineDocsMarkdown.Render(syntax, document.Links, context.Region, context.Glossary, OwnSubject(document, context.Glossary), context.RedFlags, document.Meta.Sources);
        return document with { Content = html, GlossaryTerms = document.GlossaryTerms.Union(terms) };
    }
}
