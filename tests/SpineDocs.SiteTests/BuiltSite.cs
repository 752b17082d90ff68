using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SpineDocs.Build;
using SpineDocs.Content;
using SpineDocs.Pipeline;

namespace SpineDocs.SiteTests;

/// <summary>The real <c>input/</c> built once into a temporary folder, with every page parsed for the tests.</summary>
public sealed class BuiltSite : IAsyncLifetime
{
    public static string RepositoryRoot => SpineDocs.Corpus.Repository.Root;

    public string Output { get; } = Path.Combine(Path.GetTempPath(), "spinedocs-site-" + Guid.NewGuid().ToString("N")[..12]);

    public BuildResult Result { get; private set; } = default!;

    /// <summary>Every HTML page by its site URL.</summary>
    public IReadOnlyDictionary<string, IDocument> Pages { get; private set; } = new Dictionary<string, IDocument>();

    public SiteConfig Site => Result.Context.Site;

    public async Task InitializeAsync()
    {
        var options = new BuildOptions(
            Path.Combine(RepositoryRoot, "input"),
            Output,
            Path.Combine(AppContext.BaseDirectory, "theme", "assets"))
        {
            DisplayRoot = RepositoryRoot,
        };
        Result = await SiteBuilder.RunAsync(options);
        var parser = new HtmlParser();
        Pages = Directory.Exists(Output)
            ? Directory.GetFiles(Output, "*.html", SearchOption.AllDirectories)
                .ToDictionary(UrlOf, f => (IDocument)parser.ParseDocument(File.ReadAllText(f)))
            : new Dictionary<string, IDocument>();
    }

    public Task DisposeAsync()
    {
        if (Directory.Exists(Output))
        {
            Directory.Delete(Output, recursive: true);
        }

        return Task.CompletedTask;
    }

    public string UrlOf(string file) => Routes.UrlFor(Path.GetRelativePath(Output, file).Replace('\\', '/'));

    /// <summary>The source page behind a URL, from the build's own documents.</summary>
    public SpineDocs.Pipeline.Document? SourceOf(string url) =>
        Result.Context.OutputsOf(Pipelines.Content).FirstOrDefault(d => d.Url == url && !d.IsGenerated);
}

[CollectionDefinition(Name)]
public sealed class BuiltSiteCollection : ICollectionFixture<BuiltSite>
{
    public const string Name = "built site";
}
