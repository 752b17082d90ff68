using System.Collections.Immutable;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SpineDocs.Content;
using SpineDocs.Markdown.CrossLinks;
using SpineDocs.Pipeline;

namespace SpineDocs.Modules.Content;

/// <summary>Records the links each page's Markdown makes, and where, so later modules need no syntax tree.</summary>
public sealed class GatherLinks : ParallelModule
{
    protected override Document? Execute(Document document, BuildContext context)
    {
        if (document.Syntax is null)
        {
            return document;
        }

        var refs = ImmutableArray.CreateBuilder<LinkRef>();
        var sites = ImmutableArray.CreateBuilder<LinkSite>();
        foreach (var node in document.Syntax.Descendants())
        {
            var at = new Position(node.Line + 1, node.Column + 1);
            switch (node)
            {
                case CrossLinkInline cross:
                    refs.Add(new LinkRef(cross.Key, cross.Slug, cross.Anchor, at));
                    break;
                case LinkInline link:
                    sites.Add(new LinkSite(link.Url ?? "", null, at));
                    if (!link.IsImage && link.Url is { } url && IsMarkdownLink(url))
                    {
                        refs.Add(new LinkRef(url, null, null, at));
                    }

                    break;
                case AutolinkInline auto:
                    sites.Add(new LinkSite(auto.Url, null, at));
                    break;
                case HtmlInline html:
                    sites.Add(new LinkSite("", html.Tag, at));
                    break;
                case HtmlBlock block:
                    sites.Add(new LinkSite("", block.Lines.ToString(), at));
                    break;
            }
        }

        return document with { LinkRefs = refs.ToImmutable(), LinkSites = sites.ToImmutable() };
    }

    private static bool IsMarkdownLink(string url)
    {
        var hash = url.IndexOf('#');
        var path = hash < 0 ? url : url[..hash];
        return path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && !path.StartsWith('/') && !path.Contains("://", StringComparison.Ordinal);
    }
}
