using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using SpineDocs.Modules.Content;
using SpineDocs.Modules.Layout;
using SpineDocs.Modules.Validation;
using SpineDocs.Pipeline;

namespace SpineDocs.Benchmarks.Modules;

/// <summary>The build's hot modules over 200 corpus pages: Markdown rendering, the Razor layout, and link validation.</summary>
[MemoryDiagnoser]
public class HotModuleBenchmarks
{
    private BuiltCorpus corpus = default!;
    private ImmutableArray<Document> rendered;
    private ImmutableArray<Document> laidOut;

    [GlobalSetup]
    public void Setup()
    {
        corpus = BuiltCorpus.Create(200);
        rendered = new RenderMarkdown().ExecuteAsync(corpus.Pages, corpus.Context).GetAwaiter().GetResult();
        laidOut = new ApplyLayout().ExecuteAsync(rendered, corpus.Context).GetAwaiter().GetResult();
    }

    [Benchmark]
    public ImmutableArray<Document> RenderMarkdown() => new RenderMarkdown().ExecuteAsync(corpus.Pages, corpus.Context).GetAwaiter().GetResult();

    [Benchmark]
    public ImmutableArray<Document> ApplyLayout() => new ApplyLayout().ExecuteAsync(rendered, corpus.Context).GetAwaiter().GetResult();

    [Benchmark]
    public ImmutableArray<Document> IndexHtml() => new IndexHtml().ExecuteAsync(laidOut, corpus.Context).GetAwaiter().GetResult();

    [Benchmark]
    public ImmutableArray<Document> ValidateLinks() => new ValidateLinks().ExecuteAsync(corpus.Context.OutputsOf(Pipelines.Content), corpus.Context).GetAwaiter().GetResult();
}
