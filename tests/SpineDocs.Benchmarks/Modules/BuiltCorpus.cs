using System.Collections.Immutable;
using SpineDocs.Build;
using SpineDocs.Corpus;
using SpineDocs.Pipeline;

namespace SpineDocs.Benchmarks.Modules;

/// <summary>A corpus checked once without writing, so a benchmark can replay one module over its real documents.</summary>
public sealed class BuiltCorpus
{
    private BuiltCorpus(BuildContext context, ImmutableArray<Document> pages)
    {
        Context = context;
        Pages = pages;
    }

    public BuildContext Context { get; }

    /// <summary>The authored pages as the build left them: front matter, links and navigation resolved.</summary>
    public ImmutableArray<Document> Pages { get; }

    public static BuiltCorpus Create(int pages)
    {
        var folder = Path.Combine(Path.GetTempPath(), "spinedocs-bench-" + Guid.NewGuid().ToString("N")[..8]);
        SpineDocsCorpusWriter.Write(new SyntheticCorpus(pages), Repository.Input, Path.Combine(folder, "input"));
        var options = new BuildOptions(Path.Combine(folder, "input"), Path.Combine(folder, "output"), Path.Combine(AppContext.BaseDirectory, "theme", "assets"))
        {
            Search = false,
            WriteOutput = false,
        };
        var result = SiteBuilder.RunAsync(options).GetAwaiter().GetResult();
        var authored = result.Context.OutputsOf(Pipelines.Content).Where(d => d.Meta is not null && !d.IsGenerated)
            .Select(d => d with { Content = File.ReadAllText(d.Source), Bytes = null })
            .ToImmutableArray();
        Directory.Delete(folder, recursive: true);
        return new BuiltCorpus(result.Context, authored);
    }
}
