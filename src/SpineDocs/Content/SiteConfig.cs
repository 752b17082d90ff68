namespace SpineDocs.Content;

/// <summary>The settings in <c>input/site.yml</c>.</summary>
public sealed record SiteConfig(string Name, string BaseUrl, string Language, string Description, Region Region)
{
    public static readonly SiteConfig Default = new(
        "SpineDocs",
        "https://example.org",
        "en",
        "Plain-language information about spine cancer.",
        new Region("uk", "United Kingdom", "999", "A&E"));
}
