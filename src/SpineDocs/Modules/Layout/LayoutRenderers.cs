using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace SpineDocs.Modules.Layout;

/// <summary>
/// Razor's HtmlRenderer, one per thread. A renderer keeps every root component it has rendered until it
/// is disposed, so each is replaced after a batch of pages to keep memory flat on large sites.
/// </summary>
internal static class LayoutRenderers
{
    private const int PagesPerRenderer = 16;

    // Razor's default activator compiles a factory per component type for every renderer; the theme's
    // components have public parameterless constructors, so one cached constructor call each will do.
    private static readonly IServiceProvider Services = new ServiceCollection()
        .AddSingleton<IComponentActivator, ThemeComponentActivator>()
        .BuildServiceProvider();

    [ThreadStatic]
    private static HtmlRenderer? renderer;

    [ThreadStatic]
    private static int rendered;

    public static string Render<TComponent>(ParameterView parameters)
        where TComponent : IComponent
    {
        if (renderer is null || rendered == PagesPerRenderer)
        {
            renderer?.DisposeAsync().AsTask().GetAwaiter().GetResult();
            renderer = new HtmlRenderer(Services, NullLoggerFactory.Instance);
            rendered = 0;
        }

        rendered++;
        var current = renderer;
        return current.Dispatcher.InvokeAsync(async () => (await current.RenderComponentAsync<TComponent>(parameters)).ToHtmlString())
            .GetAwaiter().GetResult();
    }

    private sealed class ThemeComponentActivator : IComponentActivator
    {
        private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, Func<IComponent>> Factories = new();

        public IComponent CreateInstance(Type componentType) =>
            Factories.GetOrAdd(componentType, static type => () => (IComponent)Activator.CreateInstance(type)!)();
    }
}
