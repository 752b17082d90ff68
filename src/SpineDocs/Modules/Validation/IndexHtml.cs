using System.Collections.Frozen;
using System.Collections.Immutable;
using AngleSharp.Html.Parser;
using SpineDocs.Content;
using SpineDocs.Pipeline;

namespace SpineDocs.Modules.Validation;

/// <summary>Parses each produced page once with AngleSharp and keeps the facts the checks need.</summary>
public sealed class IndexHtml : ParallelModule
{
    private static readonly string[] LinkSelectors = ["a[href]", "link[href]", "img[src]", "script[src]", "source[src]", "iframe[src]", "form[action]"];

    protected override Document? Execute(Document document, BuildContext context)
    {
        if (!document.IsHtml)
        {
            return document;
        }

        var html = new HtmlParser().ParseDocument(document.Content);
        var ids = html.QuerySelectorAll("[id]").Select(e => e.Id!).ToFrozenSet(StringComparer.Ordinal);
        var links = html.QuerySelectorAll(string.Join(",", LinkSelectors))
            .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src") ?? e.GetAttribute("action") ?? "")
            .ToImmutableArray();
        var sections = html.QuerySelectorAll(".content h2[id]").Select(e => e.Id!).ToImmutableArray();
        var cards = html.QuerySelectorAll(".content .care-card--emergency");
        var phones = cards.SelectMany(c => c.QuerySelectorAll("a[href^='tel:']")).Select(a => a.GetAttribute("href")!).ToImmutableArray();
        return document with { Facts = new HtmlFacts(ids, links, sections, phones, cards.Length) };
    }
}
