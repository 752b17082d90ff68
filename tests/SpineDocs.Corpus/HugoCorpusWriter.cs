namespace SpineDocs.Corpus;

/// <summary>
/// Writes the same corpus as a Hugo site whose layout has the same parts as SpineDocs' page: head with
/// canonical and Open Graph tags, header with search and section links, breadcrumbs, on-this-page,
/// the article, sources, review dates, related pages with summaries, footer.
/// </summary>
public static class HugoCorpusWriter
{
    private const string EmergencyCard = "<section class=\"care-card care-card--emergency\" id=\"emergency\"><h2>Call 999 or go to A&amp;E now if:</h2>\n"
        + "<ul><li>new weakness in your legs</li><li>numbness around your bottom</li><li>you cannot control your bladder</li></ul></section>";

    public static IEnumerable<(string Path, string Text)> Files(SyntheticCorpus corpus)
    {
        yield return ("hugo.toml", Config);
        yield return ("layouts/_default/baseof.html", BaseOf);
        yield return ("layouts/_default/single.html", Single);
        yield return ("layouts/_default/list.html", List);
        yield return ("content/_index.md", "---\ntitle: Synthetic library\nsummary: A generated corpus for measuring build speed.\n---\n\nStart with [Get help now](/get-help-now/) if you are worried about symptoms.\n");
        yield return ("content/get-help-now.md", FrontMatter("Get help now", "guide", "What to do straight away.", []) + "## What to do {#what-to-do}\n\n" + EmergencyCard + "\n");
        foreach (var (folder, title) in new[] { ("conditions", "Conditions"), ("tests", "Tests"), ("treatments", "Treatments"), ("guides", "Guides") })
        {
            yield return ($"content/{folder}/_index.md", $"---\ntitle: {title}\n---\n");
        }

        foreach (var page in corpus.Pages)
        {
            var related = corpus.Related(page).Select(p => p.Url.TrimEnd('/')).ToArray();
            yield return ($"content/{page.Folder}/{page.Slug}.md",
                FrontMatter(page.Title, page.Kind, $"A synthetic {page.Kind} page, number {page.Number}.", related)
                + corpus.Body(page, Link, EmergencyCard));
        }
    }

    public static void Write(SyntheticCorpus corpus, string siteFolder)
    {
        foreach (var (path, text) in Files(corpus))
        {
            var file = Path.Combine(siteFolder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, text);
        }
    }

    private static string Link(CorpusPage target, string? anchor, string? text) =>
        $"[{text ?? target.Title}]({target.Url}{(anchor is null ? "" : "#" + anchor)})";

    private static string FrontMatter(string title, string kind, string summary, string[] related) =>
        $"""
        ---
        title: {title}
        summary: {summary}
        pagekind: {kind}
        related: [{string.Join(", ", related.Select(r => $"\"{r}\""))}]
        reviewed: 2026-11-01
        nextreview: 2099-11-01
        sources:
          - {"{"} title: "Synthetic source", publisher: "SpineDocs benchmarks" {"}"}
        ---


        """;

    private const string Config = """
        baseURL = "https://spinedocs.example/"
        languageCode = "en-GB"
        title = "SpineDocs"
        disableKinds = ["taxonomy", "term", "RSS"]
        [markup.goldmark.renderer]
        unsafe = true
        [markup.tableOfContents]
        startLevel = 2
        endLevel = 2
        """;

    private const string BaseOf = """
        <!DOCTYPE html>
        <html lang="en-GB"><head><meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{ .Title }} | {{ site.Title }}</title>
        <meta name="description" content="{{ .Summary | plainify }}">
        <link rel="canonical" href="{{ .Permalink }}">
        <meta property="og:type" content="article"><meta property="og:title" content="{{ .Title }}">
        <meta property="og:url" content="{{ .Permalink }}"><meta property="og:site_name" content="{{ site.Title }}">
        <link rel="stylesheet" href="/assets/site.css"></head>
        <body><a class="skip-link" href="#main">Skip to main content</a>
        <header class="site-header"><a href="/">{{ site.Title }}</a> <a class="help-now" href="/get-help-now/">Get help now</a>
        <form class="site-search" action="/a-z/" method="get" role="search"><label for="q">Search</label><input id="q" type="search" name="q"><button type="submit">Search</button></form>
        <nav aria-label="Sections"><ul>{{ range site.Sections }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></nav></header>
        <nav class="breadcrumbs" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li>{{ with .Parent }}{{ if not .IsHome }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}{{ end }}<li><span aria-current="page">{{ .Title }}</span></li></ol></nav>
        <main id="main">{{ block "main" . }}{{ end }}</main>
        <footer class="site-footer"><p>This site gives general information, not medical advice. In an emergency, call <a href="tel:999">999</a>.</p>
        <nav aria-label="Site"><ul><li><a href="/get-help-now/">Get help now</a></li></ul></nav></footer></body></html>
        """;

    private const string Single = """
        {{ define "main" }}<article class="page"><header><p class="page__kind">{{ .Params.pagekind }}</p><h1>{{ .Title }}</h1><p class="page__summary">{{ .Params.summary }}</p></header>
        <nav class="on-this-page"><h2>On this page</h2>{{ .TableOfContents }}</nav>
        <div class="content">{{ .Content }}</div>
        <section class="sources"><h2>Sources</h2><ul>{{ range .Params.sources }}<li><cite>{{ .title }}</cite>, {{ .publisher }}</li>{{ end }}</ul></section>
        <dl class="review-dates"><dt>Page last reviewed</dt><dd>{{ .Params.reviewed }}</dd><dt>Next review due</dt><dd>{{ .Params.nextreview }}</dd></dl></article>
        <aside class="related"><h2>Related pages</h2><ul>{{ range .Params.related }}{{ with site.GetPage . }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a><p>{{ .Params.summary }}</p></li>{{ end }}{{ end }}</ul></aside>{{ end }}
        """;

    private const string List = """
        {{ define "main" }}<article class="page"><h1>{{ .Title }}</h1>{{ .Content }}
        <ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Params.summary }}</li>{{ end }}</ul></article>{{ end }}
        """;
}
