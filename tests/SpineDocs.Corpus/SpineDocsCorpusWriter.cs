namespace SpineDocs.Corpus;

/// <summary>Writes a corpus as SpineDocs input: the site's data files, a home page, get-help-now and N pages.</summary>
public static class SpineDocsCorpusWriter
{
    public const string EmergencyCard = "::: red-flags emergency\n:::";

    private const string Glossary = """
        - term: Spine
          definition: The column of bones down the middle of your back.

        - term: Nerve
          definition: A thread of tissue that carries messages between your brain and your body.

        - term: Scan
          also: [scans]
          definition: A test that makes pictures of the inside of your body.

        """;

    /// <summary>Returns every file of the input folder by relative path; <paramref name="dataFolder"/> holds the real site.yml and red-flags.yml.</summary>
    public static IEnumerable<(string Path, string Text)> Files(SyntheticCorpus corpus, string dataFolder)
    {
        yield return ("site.yml", File.ReadAllText(Path.Combine(dataFolder, "site.yml")));
        // The real registry's flags name the real library's pages, which the corpus does not have.
        var registry = File.ReadAllLines(Path.Combine(dataFolder, "red-flags.yml")).Where(l => !l.TrimStart().StartsWith("pages:", StringComparison.Ordinal));
        yield return ("red-flags.yml", string.Join('\n', registry) + "\n");
        yield return ("glossary.yml", Glossary);

        yield return ("index.md", "---\ntitle: Synthetic library\nkind: page\nsummary: A generated corpus for measuring build speed.\n---\n\n"
            + "Start with [[get-help-now]] if you are worried about symptoms.\n");
        yield return ("get-help-now.md", FrontMatter("Get help now", "guide", "What to do straight away.", []) + "## What to do {#what-to-do}\n\n"
            + EmergencyCard + "\n\n::: help-lines\n:::\n");
        foreach (var page in corpus.Pages)
        {
            var related = corpus.Related(page).Select(p => p.Slug).ToArray();
            yield return ($"{page.Folder}/{page.Slug}.md",
                FrontMatter(page.Title, page.Kind, $"A synthetic {page.Kind} page, number {page.Number}.", related)
                + corpus.Body(page, Link, EmergencyCard));
        }
    }

    public static void Write(SyntheticCorpus corpus, string dataFolder, string inputFolder)
    {
        foreach (var (path, text) in Files(corpus, dataFolder))
        {
            var file = Path.Combine(inputFolder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, text);
        }
    }

    private static string Link(CorpusPage target, string? anchor, string? text) =>
        $"[[{target.Slug}{(anchor is null ? "" : "#" + anchor)}{(text is null ? "" : "|" + text)}]]";

    private static string FrontMatter(string title, string kind, string summary, string[] related) =>
        $"""
        ---
        title: {title}
        kind: {kind}
        summary: {summary}
        related: [{string.Join(", ", related)}]
        reviewed: 2026-11-01
        next-review: 2099-11-01
        sources:
          - {"{"} id: synthetic, title: "Synthetic source", publisher: "SpineDocs benchmarks", url: "https://example.org/synthetic", checked: 2026-11-01 {"}"}
        ---


        """;
}
