using Microsoft.AspNetCore.Components;
using SpineDocs.Pipeline;
using SpineDocs.Theme.Layouts;

namespace SpineDocs.Modules.Layout;

/// <summary>Wraps each page's HTML in the Razor layout, with one renderer per thread.</summary>
public sealed class ApplyLayout : ParallelModule
{
    // Only needed for pages without a view made while fingerprinting, as in builds without a cache.
    private Lazy<PageViews>? views;

    protected override void Prepare(BuildContext context) => views = new Lazy<PageViews>(() => new PageViews(context));

    protected override Document? Execute(Document document, BuildContext context)
    {
        if (document is not { IsHtml: true, Meta: not null, FromCache: false })
        {
            return document;
        }

        var view = document.View is { } made ? made with { BodyHtml = document.Content } : views!.Value.For(document);
        var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { [nameof(PageLayout.Page)] = view });
        return document with { Content = LayoutRenderers.Render<PageLayout>(parameters), View = null };
    }
}
