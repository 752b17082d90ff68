namespace SpineDocs.Content;

/// <summary>Whether text is a full web address a reader's browser can open: http or https, with a host.</summary>
public static class WebAddress
{
    public static bool IsValid(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri)
        && uri.Scheme is "https" or "http"
        && uri.Host.Length > 0
        && uri.Host.Contains('.')
        && text.IndexOfAny([' ', '<', '>', '"', '[', ']', '{', '}', '|', '\\', '^', '`']) < 0;
}
