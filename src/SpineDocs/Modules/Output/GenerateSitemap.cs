using System.Collections.Immutable;
using System.Security;
using System.Text;
using SpineDocs.Pipeline;

namespace SpineDocs.Modules.Output;

/// <summary>Adds <c>sitemap.xml</c> listing every page, with the review date as <c>lastmod</c>.</summary>
public sealed class GenerateSitemap : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> documents, BuildContext context)
    {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        foreach (var page in documents.Where(d => d.IsHtml && d.Destination != "404.html" && !d.IsHiddenDraft(context.Options)).OrderBy(d => d.Url, StringComparer.Ordinal))
        {
            xml.Append("  <url><loc>").Append(SecurityElement.Escape(context.Site.BaseUrl + page.Url)).Append("</loc>");
            if (page.Meta?.Reviewed is { } reviewed)
            {
                xml.Append("<lastmod>").Append(reviewed.ToString("yyyy-MM-dd")).Append("</lastmod>");
            }

            xml.Append("</url>\n");
        }

        xml.Append("</urlset>\n");
        var robots = $"User-agent: *\nAllow: /\n\nSitemap: {context.Site.BaseUrl}/sitemap.xml\n";
        return Task.FromResult(documents
            .Add(new Document("(generated)/sitemap.xml", "sitemap.xml", xml.ToString()) { IsGenerated = true })
            .Add(new Document("(generated)/robots.txt", "robots.txt", robots) { IsGenerated = true }));
    }
}
