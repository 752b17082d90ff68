namespace SpineDocs.Content;

/// <summary>
/// Where the Markdown wrote a link: the address as written, or the raw HTML that carries it. Kept
/// after the syntax tree is released, so a broken link is still reported at its line.
/// </summary>
public sealed record LinkSite(string Written, string? Html, Position At)
{
    public bool Writes(string href, IReadOnlyDictionary<string, ResolvedLink> resolved) =>
        Html is null
            ? Written == href || resolved.TryGetValue(Written, out var link) && link.Url == href
            : Html.Contains($"\"{href}\"", StringComparison.Ordinal) || Html.Contains($"'{href}'", StringComparison.Ordinal);
}
