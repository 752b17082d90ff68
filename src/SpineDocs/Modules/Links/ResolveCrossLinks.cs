using System.Collections.Immutable;
using SpineDocs.Content;
using SpineDocs.Diagnostics;
using SpineDocs.Pipeline;

namespace SpineDocs.Modules.Links;

/// <summary>Resolves <c>[[slug#anchor]]</c>, relative <c>.md</c> links and <c>related</c> slugs to pages, reporting each miss at its line.</summary>
public sealed class ResolveCrossLinks : ParallelModule
{
    protected override Document? Execute(Document document, BuildContext context)
    {
        if (document.Meta is null)
        {
            return document;
        }

        var index = context.Index;
        var file = context.Display(document.Source);
        var links = ImmutableDictionary.CreateBuilder<string, ResolvedLink>(StringComparer.Ordinal);
        var terms = ImmutableHashSet.CreateBuilder<string>(StringComparer.Ordinal);
        foreach (var link in document.LinkRefs)
        {
            var at = link.At;
            switch (link)
            {
                case { Slug: Glossary.Slug, Anchor: { } term } cross:
                    if (context.Glossary.ById.TryGetValue(term, out var entry))
                    {
                        links[cross.Key] = new ResolvedLink($"{Glossary.Url}#{entry.Id}", entry.Term);
                        terms.Add(entry.Id);
                    }
                    else
                    {
                        var hint = EditDistance.Closest(term, context.Glossary.ById.Keys) is { } s ? $" Did you mean '{s}'?" : "";
                        Error(DiagnosticCodes.UnknownGlossaryTerm, at, $"'{term}' is not in the glossary: add it to glossary.yml, or check the spelling.{hint}");
                    }

                    break;
                case { Slug: { } slug } cross when Generated(slug, context) is { } route:
                    if (cross.Anchor is null)
                    {
                        links[cross.Key] = new ResolvedLink(GeneratedPages.UrlOf(route), route.Title);
                    }
                    else
                    {
                        Error(DiagnosticCodes.UnknownAnchor, at, $"'{route.Slug}' is a page the generator makes: link to it without a section, as [[{route.Slug}]].");
                    }

                    break;
                case { Slug: { } slug } cross:
                    var target = slug.Length == 0 ? document : index.BySlug.GetValueOrDefault(slug);
                    if (target is null)
                    {
                        var hint = EditDistance.Closest(slug, index.BySlug.Keys) is { } s ? $" Did you mean '{s}'?" : "";
                        Error(DiagnosticCodes.UnknownLinkTarget, at, $"unknown cross-link target '{slug}': no page has that file name.{hint}");
                    }
                    else if (Resolve(target, cross.Anchor, at, file, context) is { } resolved)
                    {
                        links[cross.Key] = resolved;
                        CheckNotDraft(target, at);
                        if (target == document && slug.Length > 0 && cross.Anchor is null)
                        {
                            context.Diagnostics.Warning(DiagnosticCodes.SelfLink, file, at.Line, at.Column,
                                $"this links the page '{slug}' to itself: link to one of its sections with [[#id]], or remove the link.");
                        }
                    }

                    break;
                default:
                    var url = link.Key;
                    var hash = url.IndexOf('#');
                    var path = Uri.UnescapeDataString(hash < 0 ? url : url[..hash]);
                    var full = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(document.Source)!, path));
                    if (index.BySource.GetValueOrDefault(full) is not { } page)
                    {
                        Error(DiagnosticCodes.UnknownLinkTarget, at, $"the link to '{path}' points to no page: check the file name and folder, or use a cross-link such as [[slug]].");
                    }
                    else if (Resolve(page, hash < 0 ? null : url[(hash + 1)..], at, file, context) is { } resolved)
                    {
                        links[url] = resolved;
                        CheckNotDraft(page, at);
                    }

                    break;
            }
        }

        foreach (var related in document.Meta.Related)
        {
            if (index.BySlug.GetValueOrDefault(related.Slug) is { } page)
            {
                CheckNotDraft(page, related.At);
                continue;
            }

            var hint = EditDistance.Closest(related.Slug, index.BySlug.Keys) is { } s ? $" Did you mean '{s}'?" : "";
            Error(DiagnosticCodes.UnknownRelated, related.At, $"related page '{related.Slug}' does not exist.{hint}");
        }

        return document with { Links = links.ToImmutable(), GlossaryTerms = terms.ToImmutable() };

        void Error(string code, Position at, string message) => context.Diagnostics.Error(code, file, at.Line, at.Column, message);

        // A published page must not lead readers to a page the build leaves out.
        void CheckNotDraft(Document target, Position at)
        {
            if (target.IsHiddenDraft(context.Options) && !document.IsHiddenDraft(context.Options))
            {
                Error(DiagnosticCodes.LinkToDraft, at, $"'{target.Meta!.Slug}' is a draft, which is not published: publish it (remove 'draft: true') or remove this link.");
            }
        }
    }

    /// <summary>A generated page this site has, when no authored page has the slug.</summary>
    private static GeneratedPages.Route? Generated(string slug, BuildContext context)
    {
        if (context.Index.BySlug.ContainsKey(slug))
        {
            return null;
        }

        return slug switch
        {
            "a-z" => GeneratedPages.AtoZ,
            "search" when context.Options.Search => GeneratedPages.Search,
            "checklist" when GeneratedPages.HasChecklist(context.RedFlags) => GeneratedPages.Checklist,
            Glossary.Slug when context.Glossary.Entries.Length > 0 => GeneratedPages.GlossaryPage,
            _ => null,
        };
    }

    private static ResolvedLink? Resolve(Document page, string? anchor, Position at, string file, BuildContext context)
    {
        if (anchor is null)
        {
            return new ResolvedLink(page.Url, page.Meta!.Title);
        }

        if (!SiteIndex.HasAnchor(page, anchor))
        {
            var ids = page.Headings.Select(h => h.Id).Where(id => id.Length > 0).ToList();
            var hint = EditDistance.Closest(anchor, ids) is { } s ? $" Did you mean '#{s}'?" : ids.Count > 0 ? $" Its sections are: {string.Join(", ", ids.Select(i => "#" + i))}." : "";
            context.Diagnostics.Error(DiagnosticCodes.UnknownAnchor, file, at.Line, at.Column,
                $"page '{page.Meta!.Slug}' has no section '#{anchor}'.{hint}");
            return null;
        }

        var heading = page.Headings.FirstOrDefault(h => h.Id == anchor);
        return new ResolvedLink(page.Url + "#" + anchor, heading?.Text ?? page.Meta!.Title);
    }
}
