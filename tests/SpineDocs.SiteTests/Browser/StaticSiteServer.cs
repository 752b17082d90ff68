using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace SpineDocs.SiteTests.Browser;

/// <summary>Serves the built site on loopback with the headers netlify.toml sends, as a static host would.</summary>
public sealed partial class StaticSiteServer : IAsyncDisposable
{
    private readonly WebApplication app;

    private StaticSiteServer(WebApplication app, string address)
    {
        this.app = app;
        Address = address;
    }

    public string Address { get; }

    public static async Task<StaticSiteServer> StartAsync(string root, IReadOnlyDictionary<string, string> headers)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        app.Use(async (context, next) =>
        {
            foreach (var (name, value) in headers)
            {
                context.Response.Headers[name] = value;
            }

            await next();
        });
        var files = new PhysicalFileProvider(root);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ServeUnknownFileTypes = true, DefaultContentType = "application/octet-stream" });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new StaticSiteServer(app, address.TrimEnd('/'));
    }

    /// <summary>The headers netlify.toml sends with every page ("/*").</summary>
    public static IReadOnlyDictionary<string, string> NetlifyHeaders(string netlifyToml)
    {
        var text = File.ReadAllText(netlifyToml);
        var block = text[text.IndexOf("for = \"/*\"", StringComparison.Ordinal)..];
        var end = block.IndexOf("[[headers]]", StringComparison.Ordinal);
        block = end < 0 ? block : block[..end];
        return HeaderLine().Matches(block).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    [GeneratedRegex(@"^\s*([A-Za-z-]+)\s*=\s*""(.*)""\s*$", RegexOptions.Multiline)]
    private static partial Regex HeaderLine();
}
