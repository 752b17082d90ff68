using SpineDocs.Content;
using SpineDocs.Pipeline;

namespace SpineDocs.Modules.Content;

/// <summary>Parses each page's front matter into typed <see cref="PageMeta"/> and routes the page to its pretty URL.</summary>
public sealed class ExtractFrontMatter : ParallelModule
{
    protected override Document? Execute(Document document, BuildContext context)
    {
        var relative = document.Destination;
        var file = context.Display(document.Source);
        var slug = Routes.SlugFor(relative);
        if (!IsValidSlug(slug))
        {
            context.Diagnostics.Error(Diagnostics.DiagnosticCodes.BadSlug, file, 0, 0,
                $"the file name '{Path.GetFileName(relative)}' cannot become a web address: rename it with lower-case letters, digits and hyphens only, such as 'spinal-metastasis.md'.");
        }

        var meta = new FrontMatterParser(file, context.Diagnostics).Parse(document.Content, slug);
        return document with { Meta = meta, Destination = Routes.DestinationFor(relative) };
    }

    private static bool IsValidSlug(string slug) =>
        slug.Length > 0 && slug.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
        && !slug.StartsWith('-') && !slug.EndsWith('-') && !slug.Contains("--", StringComparison.Ordinal);
}
