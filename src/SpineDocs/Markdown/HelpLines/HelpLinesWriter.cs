using Markdig.Renderers;
using SpineDocs.Content;
using SpineDocs.Content.RedFlags;

namespace SpineDocs.Markdown.HelpLines;

/// <summary>
/// Writes <c>::: help-lines</c>: for each region of the registry, the site's default first, whom to call in an
/// emergency, about cancer day or night, for other health worries, for support and in crisis, with the official
/// pages that verify the numbers.
/// </summary>
public static class HelpLinesWriter
{
    public const string Container = "help-lines";

    /// <summary>The list's id unless the author gives one; each region's heading is this id, a hyphen and the region's code.</summary>
    public const string DefaultId = "help-lines";

    public static void Write(HtmlRenderer renderer, RedFlagRegistry registry, Region defaultRegion, int headingLevel, string id)
    {
        var level = Math.Min(headingLevel, 6);
        renderer.EnsureLine();
        renderer.Write($"<div class=\"help-lines\" id=\"{id}\">").WriteLine();
        foreach (var region in registry.Regions.OrderBy(r => r.Code == defaultRegion.Code ? 0 : 1))
        {
            renderer.Write($"<section class=\"help-lines__region\" aria-labelledby=\"{id}-{region.Code}\">").WriteLine();
            renderer.Write($"<h{level} id=\"{id}-{region.Code}\">").WriteEscape(region.Name).Write($"</h{level}>").WriteLine();
            renderer.Write("<ul>").WriteLine();
            Line(renderer, "Emergency", new HelpLine($"the emergency number, or go to {region.EmergencyDepartment}", region.EmergencyNumber, "any time", null));
            renderer.Write("<li><strong>About your cancer, day or night:</strong> ").WriteEscape(Capitalise(region.CancerLine))
                .Write(". The number is usually on a card or letter from your cancer team.</li>").WriteLine();
            Line(renderer, "Other health worries", region.NonEmergency);
            foreach (var support in region.Support)
            {
                Line(renderer, "Support", support);
            }

            if (region.Crisis is { } crisis)
            {
                Line(renderer, "If you are in crisis or thinking of ending your life", crisis);
            }

            renderer.Write("</ul>").WriteLine();
            var references = region.References
                .Concat(new[] { region.NonEmergency.Reference, region.Crisis?.Reference }.OfType<string>())
                .Concat(region.Support.Select(s => s.Reference).OfType<string>())
                .Distinct(StringComparer.Ordinal)
                .Select(r => registry.ReferencesById.GetValueOrDefault(r))
                .OfType<RegistryReference>()
                .ToList();
            if (references.Count > 0)
            {
                renderer.Write("<p class=\"help-lines__sources\">Numbers checked against: ");
                for (var i = 0; i < references.Count; i++)
                {
                    renderer.Write(i == 0 ? "" : "; ").Write("<a href=\"").WriteEscapeUrl(references[i].Url).Write("\" rel=\"external\">")
                        .WriteEscape(references[i].Title).Write("</a> (").WriteEscape(references[i].Publisher)
                        .Write(", checked ").Write(references[i].Checked.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)).Write(")");
                }

                renderer.Write(".</p>").WriteLine();
            }

            renderer.Write("</section>").WriteLine();
        }

        renderer.Write("</div>").WriteLine();
    }

    private static void Line(HtmlRenderer renderer, string what, HelpLine line)
    {
        renderer.Write("<li><strong>").WriteEscape(what).Write(":</strong> ").WriteEscape(Capitalise(line.Name));
        if (line.Number is { } number)
        {
            renderer.Write(", <a href=\"tel:").Write(line.Dial!).Write("\">").WriteEscape(number).Write("</a>");
        }

        if (line.Hours is { } hours)
        {
            renderer.Write(" (").WriteEscape(hours).Write(")");
        }

        renderer.Write("</li>").WriteLine();
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
