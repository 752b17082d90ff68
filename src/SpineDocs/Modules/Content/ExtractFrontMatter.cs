using System.Collections.Frozen;
using SpineDocs.Content;
using SpineDocs.Diagnostics;
using SpineDocs.Pipeline;

namespace SpineDocs.Modules.Content;

/// <summary>Parses each page's front matter into typed <see cref="PageMeta"/> and routes the page to its pretty URL.</summary>
public sealed class ExtractFrontMatter : ParallelModule
{
    /// <summary>
    /// Folders hosts and the preview treat specially: <c>/assets/</c> is cached for a year, <c>/pagefind/</c> is the search index.
    /// A page at an address the generator makes (the A to Z, a section index) is reported by CheckDestinations.
    /// </summary>
    private static readonly FrozenSet<string> Reserved = new[] { "assets", "pagefind", "_spinedocs" }.ToFrozenSet(StringComparer.Ordinal);

    protected override Document? Execute(Document document, BuildContext context)
    {
        var relative = document.Destination;
        var file = context.Display(document.Source);
        var slug = Routes.SlugFor(relative);
        var segments = relative[..^Path.GetExtension(relative).Length].Split('/');
        if (segments.FirstOrDefault(s => !IsValidSlug(s)) is { } bad)
        {
            var suggestion = Routes.SlugFor(bad + ".md");
            context.Diagnostics.Error(DiagnosticCodes.BadSlug, file, 0, 0,
                $"'{bad}' in '{relative}' cannot become a web address: rename it with lower-case letters, digits and hyphens only{(IsValidSlug(suggestion) ? $", such as '{suggestion}'" : "")}.");
        }
        else if (Reserved.Contains(segments[0]))
        {
            context.Diagnostics.Error(DiagnosticCodes.ReservedAddress, file, 0, 0,
                $"the address /{segments[0]}/ is kept for the site's own files: rename the {(segments.Length == 1 ? "file" : "folder")}.");
        }

        var meta = new FrontMatterParser(file, context.Diagnostics).Parse(document.Content, slug);
        return document with { Meta = meta, Destination = Routes.DestinationFor(relative) };
    }

    private static bool IsValidSlug(string slug) =>
        slug.Length > 0 && slug.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
        && !slug.StartsWith('-') && !slug.EndsWith('-') && !slug.Contains("--", StringComparison.Ordinal);
}
