namespace SpineDocs.Content;

/// <summary>Pages the generator writes itself, which authors may cross-link by slug like any other page.</summary>
public static class GeneratedPages
{
    public sealed record Route(string Slug, string Destination, string Title, string Summary);

    public static readonly Route AtoZ = new("a-z", "a-z/index.html", "A to Z", "Every page and every other name for it, from A to Z.");

    public static readonly Route Checklist = new("checklist", "checklist/index.html", "Warning signs checklist",
        "Tick what you notice to see how fast to act and who to call. Nothing you tick leaves this page.");

    public static readonly Route GlossaryPage = new(Glossary.Slug, "glossary/index.html", "Glossary",
        "Plain meanings of the medical words you meet on this site, and how to say them.");

    public static readonly Route Search = new("search", "search/index.html", "Search",
        "Search the library in your own words. Results show the best matching section of each page.");

    public static string UrlOf(Route route) => Routes.UrlFor(route.Destination);

    /// <summary>The checklist is made only from a registry with signs in it; links to it exist only then.</summary>
    public static bool HasChecklist(RedFlags.RedFlagRegistry registry) => registry.Flags.Length > 0;
}
