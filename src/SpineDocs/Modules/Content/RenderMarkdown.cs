using SpineDocs.Markdown;
using SpineDocs.Pipeline;

namespace SpineDocs.Modules.Content;

/// <summary>Renders each parsed page to HTML with the shared Markdig pipeline and its resolved links.</summary>
public sealed class RenderMarkdown : ParallelModule
{
    protected override Document? Execute(Document document, BuildContext context)
    {
        if (document.Syntax is null)
        {
            return document;
        }

        var (html, terms) = SpineDocsMarkdown.Render(document.Syntax, document.Links, context.Site.Region, context.Glossary);
        return document with { Content = html, GlossaryTerms = document.GlossaryTerms.Union(terms) };
    }
}
