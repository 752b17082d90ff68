using System.Collections.Frozen;
using System.Collections.Immutable;
using SpineDocs.Content;
using SpineDocs.Diagnostics;
using SpineDocs.Pipeline;

namespace SpineDocs.Modules.Validation;

/// <summary>Checks that every internal href and src of the produced site resolves to a produced file, and every fragment to an id.</summary>
public sealed class ValidateLinks : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> documents, BuildContext context)
    {
        var produced = documents.Concat(context.OutputsOf(Pipelines.Assets))
            .GroupBy(d => d.Destination, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        var checkedPages = documents.Where(d => d.Facts is not null).ToArray();
        var found = new List<(string Href, string Code, string Message, Position? At, Document? Target)>?[checkedPages.Length];
        Parallel.For(0, checkedPages.Length, ParallelModule.PerCore, i =>
        {
            var page = checkedPages[i];
            Func<string, Position?>? locate = null;
            foreach (var href in page.Facts!.Links.Distinct())
            {
                if (Check(href, page, produced) is { } problem)
                {
                    // Built once per page with a problem, so finding where each broken link was written stays linear.
                    locate ??= page.IsGenerated ? _ => null : Locator(page);
                    (found[i] ??= []).Add((href, problem.Code, problem.Message, locate(href), problem.Target));
                }
            }
        });

        // A link the theme writes on every page is reported once, not once per page.
        var themeProblems = new Dictionary<string, (string Message, string Code, int Pages)>(StringComparer.Ordinal);
        var themeAnchors = new SortedSet<(string File, string Href)>();
        for (var i = 0; i < checkedPages.Length; i++)
        {
            foreach (var (href, code, message, at, target) in found[i] ?? [])
            {
                if (at is { } position)
                {
                    context.Diagnostics.Error(code, context.Display(checkedPages[i].Source), position.Line, position.Column, message);
                }
                else if (target is { IsGenerated: false })
                {
                    // The theme's link is right; the page it leads to lost the section, so the page's author is the one to fix it.
                    themeAnchors.Add((context.Display(target.Source), href));
                }
                else
                {
                    themeProblems[href] = themeProblems.TryGetValue(href, out var seen) ? seen with { Pages = seen.Pages + 1 } : (message, code, 1);
                }
            }
        }

        foreach (var (_, (message, code, pages)) in themeProblems.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            context.Diagnostics.Error(code, "theme", 0, 0, $"{message} (a link the theme writes, on {pages} page{(pages == 1 ? "" : "s")}).");
        }

        foreach (var (file, href) in themeAnchors)
        {
            context.Diagnostics.Error(DiagnosticCodes.BrokenAnchor, file, 1, 1,
                $"every page links to '{href}', so this page needs the section '#{href[(href.IndexOf('#') + 1)..]}': put back the heading or box that made it.");
        }

        return Task.FromResult(documents);
    }

    private static (string Code, string Message, Document? Target)? Check(string href, Document page, FrozenDictionary<string, Document> produced)
    {
        if (href.Length == 0 || href.StartsWith("//", StringComparison.Ordinal) || Uri.TryCreate(href, UriKind.Absolute, out var absolute) && absolute.Scheme != "file")
        {
            return null;
        }

        var hash = href.IndexOf('#');
        var pathPart = hash < 0 ? href : href[..hash];
        var query = pathPart.IndexOf('?');
        pathPart = query < 0 ? pathPart : pathPart[..query];
        var fragment = hash < 0 ? null : Uri.UnescapeDataString(href[(hash + 1)..]);
        string resolved;
        if (pathPart.Length == 0 || IsPlainAbsolute(pathPart))
        {
            resolved = pathPart.Length == 0 ? page.Url : pathPart;
        }
        else if (Uri.TryCreate(new Uri("https://site" + page.Url), pathPart, out var relative) && relative.Host == "site")
        {
            resolved = relative.AbsolutePath;
        }
        else
        {
            return (DiagnosticCodes.BrokenLink, $"the link '{href}' is not a valid address: write a full https:// address, or link to a page with [[slug]]", null);
        }

        var file = Routes.FileFor(Uri.UnescapeDataString(resolved));
        if (!produced.TryGetValue(file, out var target))
        {
            return (DiagnosticCodes.BrokenLink, $"the link '{href}' leads to no page of the site: check the address, or link to a page with [[slug]]", null);
        }

        if (fragment is { Length: > 0 } && target.Facts is { } facts && !facts.Ids.Contains(fragment))
        {
            return (DiagnosticCodes.BrokenAnchor, $"the link '{href}' names the section '#{fragment}', which '{target.Url}' does not have", target);
        }

        return null;
    }

    /// <summary>A site-absolute path with nothing to resolve, as the theme and cross-links write them: most links, so no <c>Uri</c> is built.</summary>
    private static bool IsPlainAbsolute(string path) =>
        path.StartsWith('/') && !path.StartsWith("//", StringComparison.Ordinal) && !path.Contains("/.", StringComparison.Ordinal) && !path.Contains('\\') && !path.Contains('%');

    /// <summary>Finds where the Markdown wrote a link, so the author is sent to the line; null when the theme wrote it.</summary>
    private static Func<string, Position?> Locator(Document page)
    {
        var written = new Dictionary<string, Position>(StringComparer.Ordinal);
        foreach (var site in page.LinkSites.Where(s => s.Html is null))
        {
            written.TryAdd(site.Written, site.At);
            if (page.Links.TryGetValue(site.Written, out var link))
            {
                written.TryAdd(link.Url, site.At);
            }
        }

        var html = page.LinkSites.Where(s => s.Html is not null).ToList();
        // The renderer percent-escapes what the author wrote, so "a]" comes back as "a%5D".
        foreach (var (address, at) in written.ToList())
        {
            written.TryAdd(Markdig.Helpers.HtmlHelper.Unescape(address), at);
        }

        return href => written.TryGetValue(href, out var at) || written.TryGetValue(Uri.UnescapeDataString(href), out at)
            ? at
            : html.FirstOrDefault(site => site.Writes(href, page.Links))?.At;
    }
}
