using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SpineDocs.Build;
using SpineDocs.Content;
using SpineDocs.Diagnostics;
using SpineDocs.Pipeline;

namespace SpineDocs.SiteTests;

/// <summary>
/// The real <c>input/</c> built once per test run into a temporary folder, shared by every site and browser test.
/// A build with an error or without pages fails the fixture, so no test can pass on an empty site.
/// </summary>
public sealed class BuiltSite : IAsyncLifetime
{
    private static readonly Lazy<Task<Build>> Shared = new(BuildOnceAsync);

    public static string RepositoryRoot => SpineDocs.Corpus.Repository.Root;

    private Build built = default!;

    public string Output => built.Output;

    public BuildResult Result => built.Result;

    /// <summary>Every HTML page by its site URL; never empty.</summary>
    public IReadOnlyDictionary<string, IDocument> Pages => built.Pages;

    public SiteConfig Site => Result.Context.Site;

    public async Task InitializeAsync() => built = await Shared.Value;

    /// <summary>The shared build outlives every fixture; its folder goes when the test process ends.</summary>
    public Task DisposeAsync() => Task.CompletedTask;

    public string UrlOf(string file) => Routes.UrlFor(Path.GetRelativePath(Output, file).Replace('\\', '/'));

    /// <summary>The source page behind a URL, from the build's own documents.</summary>
    public SpineDocs.Pipeline.Document? SourceOf(string url) =>
        Result.Context.OutputsOf(Pipelines.Content).FirstOrDefault(d => d.Url == url && !d.IsGenerated);

    /// <summary>One page of each template: home, each kind, a section index, the generated pages and 404.</summary>
    public IReadOnlyList<string> OnePerTemplate()
    {
        var sources = Result.Context.OutputsOf(Pipelines.Content).Where(d => d.Meta is not null && Pages.ContainsKey(d.Url)).ToList();
        var kinds = sources.Where(d => !d.IsGenerated && d.Url != "/").GroupBy(d => d.Meta!.Kind).Select(g => g.OrderBy(d => d.Url, StringComparer.Ordinal).First().Url);
        string[] generated = ["/", GeneratedPages.UrlOf(GeneratedPages.Checklist), GeneratedPages.UrlOf(GeneratedPages.GlossaryPage),
            GeneratedPages.UrlOf(GeneratedPages.AtoZ), GeneratedPages.UrlOf(GeneratedPages.Search), "/404.html"];
        var sectionIndex = sources.Where(d => d.IsGenerated && d.Url.Count(c => c == '/') == 2 && !generated.Contains(d.Url)).Select(d => d.Url).Order(StringComparer.Ordinal).First();
        var all = generated.Append(sectionIndex).Concat(kinds).Distinct().ToList();
        all.Where(url => !Pages.ContainsKey(url)).ShouldBeEmpty("every template's page must be built");
        return all;
    }

    private static async Task<Build> BuildOnceAsync()
    {
        var output = Path.Combine(Path.GetTempPath(), "spinedocs-site-" + Guid.NewGuid().ToString("N")[..12]);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        };
        var options = new BuildOptions(Path.Combine(RepositoryRoot, "input"), output, Path.Combine(AppContext.BaseDirectory, "theme", "assets"))
        {
            DisplayRoot = RepositoryRoot,
        };
        var result = await SpineDocs.Build.SiteBuilder.RunAsync(options);
        var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        if (errors.Count > 0 || !Directory.Exists(output))
        {
            throw new InvalidOperationException($"The real input/ did not build, so no site test can run:\n{string.Join('\n', errors)}");
        }

        var parser = new HtmlParser();
        var pages = Directory.GetFiles(output, "*.html", SearchOption.AllDirectories)
            .ToDictionary(f => Routes.UrlFor(Path.GetRelativePath(output, f).Replace('\\', '/')), f => (IDocument)parser.ParseDocument(File.ReadAllText(f)));
        if (pages.Count < 10)
        {
            throw new InvalidOperationException($"The real input/ built only {pages.Count} pages: the site tests need the whole library.");
        }

        return new Build(output, result, pages);
    }

    private sealed record Build(string Output, BuildResult Result, IReadOnlyDictionary<string, IDocument> Pages);
}

[CollectionDefinition(Name)]
public sealed class BuiltSiteCollection : ICollectionFixture<BuiltSite>
{
    public const string Name = "built site";
}
