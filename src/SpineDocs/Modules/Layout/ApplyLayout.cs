using System.Collections.Immutable;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using SpineDocs.Pipeline;
using SpineDocs.Theme.Layouts;

namespace SpineDocs.Modules.Layout;

/// <summary>Wraps each page's HTML in the Razor layout, one renderer per core.</summary>
public sealed class ApplyLayout : IModule
{
    private static readonly IServiceProvider Services = new ServiceCollection().BuildServiceProvider();

    public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> documents, BuildContext context)
    {
        var views = new PageViews(context);
        var results = documents.ToArray();
        var pages = Enumerable.Range(0, results.Length).Where(i => results[i] is { IsHtml: true, Meta: not null }).ToArray();
        var workers = Math.Clamp(Environment.ProcessorCount, 1, Math.Max(pages.Length, 1));
        await Parallel.ForEachAsync(Enumerable.Range(0, workers), async (worker, _) =>
        {
            await using var renderer = new HtmlRenderer(Services, NullLoggerFactory.Instance);
            for (var n = worker; n < pages.Length; n += workers)
            {
                var document = results[pages[n]];
                var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { [nameof(PageLayout.Page)] = views.For(document) });
                var html = await renderer.Dispatcher.InvokeAsync(async () =>
                    (await renderer.RenderComponentAsync<PageLayout>(parameters)).ToHtmlString());
                results[pages[n]] = document with { Content = html };
            }
        });
        return [.. results];
    }
}
