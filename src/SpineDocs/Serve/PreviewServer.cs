using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SpineDocs.Serve;

/// <summary>Serves the preview folder on Kestrel, adds the reload script to pages, and tells open pages when to reload.</summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentDictionary<Guid, Channel<string>> listeners = new();
    private string current = "";

    private PreviewServer(WebApplication app) => this.app = app;

    public static async Task<PreviewServer> StartAsync(string root, int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://localhost:{port}");

        // The command owns Ctrl+C: it stops the watchers, the server and removes the preview folder in order.
        builder.Services.AddSingleton<IHostLifetime, CommandLifetime>();
        var app = builder.Build();
        var server = new PreviewServer(app);
        app.MapGet(PreviewScript.ScriptPath, () => Results.Text(PreviewScript.Script, "text/javascript"));
        app.MapGet(PreviewScript.StylePath, () => Results.Text(PreviewScript.Style, "text/css"));
        app.MapGet(PreviewScript.EventsPath, server.StreamEventsAsync);
        app.Use(async (context, next) =>
        {
            if (HtmlFileFor(root, context.Request.Path) is { } html)
            {
                context.Response.ContentType = "text/html; charset=utf-8";
                context.Response.Headers.CacheControl = "no-store";
                var page = await File.ReadAllTextAsync(html, context.RequestAborted);
                await context.Response.WriteAsync(page.Replace("</body>", PreviewScript.Tag + "</body>", StringComparison.Ordinal), context.RequestAborted);
                return;
            }

            // Before the first good build there is no site to show: show the errors, and reload once there is one.
            if (!File.Exists(Path.Combine(root, "index.html")) && !Path.HasExtension(context.Request.Path.Value ?? "/"))
            {
                context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                context.Response.ContentType = "text/html; charset=utf-8";
                context.Response.Headers.CacheControl = "no-store";
                await context.Response.WriteAsync(PreviewScript.WaitingPage, context.RequestAborted);
                return;
            }

            await next();
        });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(root),
            ServeUnknownFileTypes = true,
            DefaultContentType = "application/octet-stream",
            OnPrepareResponse = c => c.Context.Response.Headers.CacheControl = "no-store",
        });
        await app.StartAsync();
        return server;
    }

    /// <summary>Tells every open page to reload.</summary>
    public void Reload() => Broadcast("event: reload\ndata: {}\n\n", errors: []);

    /// <summary>Shows the build's errors over every open page; the pages keep the last good site.</summary>
    public void ShowErrors(IReadOnlyList<string> errors) =>
        Broadcast($"event: errors\ndata: {JsonSerializer.Serialize(errors)}\n\n", errors);

    private void Broadcast(string message, IReadOnlyList<string> errors)
    {
        current = errors.Count == 0 ? "" : $"event: errors\ndata: {JsonSerializer.Serialize(errors)}\n\n";
        foreach (var listener in listeners.Values)
        {
            listener.Writer.TryWrite(message);
        }
    }

    private async Task StreamEventsAsync(HttpContext context)
    {
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        var id = Guid.NewGuid();
        var channel = Channel.CreateUnbounded<string>();
        listeners[id] = channel;
        try
        {
            // A page opened after a failed build learns of the errors at once.
            await context.Response.WriteAsync(current.Length > 0 ? current : ": connected\n\n", context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            await foreach (var message in channel.Reader.ReadAllAsync(context.RequestAborted))
            {
                await context.Response.WriteAsync(message, Encoding.UTF8, context.RequestAborted);
                await context.Response.Body.FlushAsync(context.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
            // The page closed or the server is stopping.
        }
        finally
        {
            listeners.TryRemove(id, out _);
        }
    }

    private static string? HtmlFileFor(string root, PathString path)
    {
        var relative = (path.Value ?? "/").TrimStart('/');
        if (relative.Contains("..", StringComparison.Ordinal))
        {
            return null;
        }

        var candidate = Path.Combine(root, relative);
        var file = relative.Length == 0 || relative.EndsWith('/') ? Path.Combine(candidate, "index.html")
            : Directory.Exists(candidate) ? Path.Combine(candidate, "index.html")
            : candidate;
        return file.EndsWith(".html", StringComparison.Ordinal) && File.Exists(file) ? file : null;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var listener in listeners.Values)
        {
            listener.Writer.TryComplete();
        }

        await app.StopAsync();
        await app.DisposeAsync();
    }

    private sealed class CommandLifetime : IHostLifetime
    {
        public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
