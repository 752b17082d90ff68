using AngleSharp.Dom;

namespace SpineDocs.Tests.Support;

/// <summary>An oracle written apart from the generator's own checks: what a published page must never carry.</summary>
public static class SafePage
{
    private static readonly HashSet<string> Forbidden = ["iframe", "object", "embed", "base", "style", "frame", "frameset", "applet"];

    public static IReadOnlyList<string> Problems(IDocument page)
    {
        var problems = new List<string>();
        foreach (var element in page.All)
        {
            var name = element.LocalName;
            if (Forbidden.Contains(name))
            {
                problems.Add($"<{name}>");
            }

            // The theme's own forms (search, checklist) stay on the site; a form sending elsewhere could phish.
            if (name == "form" && element.GetAttribute("action") is { } action && !(action.StartsWith('/') && !action.StartsWith("//", StringComparison.Ordinal)))
            {
                problems.Add($"<form action={action}>");
            }

            if (name == "script" && !IsThemeScript(element))
            {
                problems.Add($"<script> {element.OuterHtml[..Math.Min(80, element.OuterHtml.Length)]}");
            }

            if (name == "meta" && element.HasAttribute("http-equiv") && !string.Equals(element.GetAttribute("http-equiv"), "Content-Security-Policy", StringComparison.OrdinalIgnoreCase))
            {
                problems.Add($"<meta http-equiv={element.GetAttribute("http-equiv")}>");
            }

            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || attribute.Name == "style" || attribute.Name == "srcdoc")
                {
                    problems.Add($"<{name} {attribute.Name}>");
                }

                if (attribute.Name is "href" or "src" or "action" or "formaction" or "xlink:href" or "poster" or "data" && IsDangerous(attribute.Value))
                {
                    problems.Add($"<{name} {attribute.Name}=\"{attribute.Value}\">");
                }
            }
        }

        return problems;
    }

    private static bool IsThemeScript(IElement script) =>
        script.GetAttribute("src") is { } source ? source.StartsWith("/assets/", StringComparison.Ordinal) && script.TextContent.Length == 0
            : script.GetAttribute("type") is "application/json" or "application/ld+json";

    private static bool IsDangerous(string address)
    {
        var squeezed = new string(address.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray()).ToLowerInvariant();
        return squeezed.StartsWith("javascript:", StringComparison.Ordinal) || squeezed.StartsWith("vbscript:", StringComparison.Ordinal)
            || squeezed.StartsWith("data:", StringComparison.Ordinal);
    }
}
