namespace SpineDocs.Content;

/// <summary>The settings in <c>input/site.yml</c>; the region is a code from the red-flag registry.</summary>
public sealed record SiteConfig(string Name, string BaseUrl, string Language, string Description, string RegionCode)
{
    /// <summary>Where <c>region:</c> is written, for reporting an unknown code.</summary>
    public Position RegionAt { get; init; } = Position.Start;

    /// <summary>Used only until a region is read, and by renderers tested on their own.</summary>
    public static readonly Region FallbackRegion = new("uk", "United Kingdom", "999", "A&E");

    public static readonly SiteConfig Default = new(
        "SpineDocs",
        "https://example.org",
        "en",
        "Plain-language information about spine cancer.",
        FallbackRegion.Code);
}
