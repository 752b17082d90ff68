using System.Collections.Frozen;

namespace SpineDocs.Modules.Validation;

/// <summary>
/// What no page may carry, whoever wrote it: the last check on the finished HTML, behind the Markdown rules,
/// so the site is safe even on a host that sends no Content-Security-Policy.
/// </summary>
public static class ActiveContent
{
    private static readonly FrozenSet<string> ForbiddenElements =
        new[] { "iframe", "frame", "frameset", "object", "embed", "applet", "base", "style" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Script types that are data, not code: the structured data and the checklist's registry.</summary>
    private static readonly FrozenSet<string> DataScripts = new[] { "application/ld+json", "application/json" }.ToFrozenSet(StringComparer.Ordinal);

    public static bool IsHandlerOrStyle(ReadOnlySpan<char> attribute) =>
        attribute.Equals("style", StringComparison.OrdinalIgnoreCase)
        || (attribute.Length > 2 && attribute.StartsWith("on", StringComparison.OrdinalIgnoreCase));

    /// <summary>What is wrong with an element, or null; <paramref name="handler"/> is an event or style attribute it carries.</summary>
    public static string? Problem(string element, string? handler, string? type, string? httpEquiv, bool hasSource) => element switch
    {
        _ when handler is not null => $"<{element} {handler}=...>",
        _ when ForbiddenElements.Contains(element) => $"<{element}>",
        "script" when type is not null && ((type == "module" && hasSource) || DataScripts.Contains(type)) => null,
        "script" => $"<script{(type is null ? "" : $" type=\"{type}\"")}>",
        "meta" when httpEquiv is not null && !httpEquiv.Equals("content-type", StringComparison.OrdinalIgnoreCase) => $"<meta http-equiv=\"{httpEquiv}\">",
        _ => null,
    };

    /// <summary>An address that cannot run code when followed: not <c>javascript:</c>, <c>vbscript:</c> or <c>data:</c>.</summary>
    public static bool IsSafeAddress(string address)
    {
        // Browsers drop tabs, newlines and control characters inside a URL, so "java\tscript:" still runs.
        var trimmed = address.Any(c => c <= ' ') ? new string(address.Where(c => c > ' ').ToArray()).AsSpan() : address.AsSpan();
        return !(trimmed.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("vbscript:", StringComparison.OrdinalIgnoreCase)
            || trimmed.StartsWith("data:", StringComparison.OrdinalIgnoreCase));
    }
}
