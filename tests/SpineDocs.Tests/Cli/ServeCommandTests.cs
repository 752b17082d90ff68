using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using SpineDocs.Cli;
using SpineDocs.Tests.Support;

namespace SpineDocs.Tests.Cli;

public sealed class ServeCommandTests : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);
    private readonly SiteFolder folder = new();

    [Fact]
    public async Task Serve_serves_the_site_sees_an_edit_and_stops_cleanly()
    {
        // Given
        folder.Write("input/guides/draft-guide.md", "---\ntitle: Draft guide\nkind: page\nsummary: S.\ndraft: true\n---\n\nDraft text.\n");
        var port = FreePort();
        using var stop = new CancellationTokenSource();
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var serving = App.RunAsync(["serve", "--port", port.ToString(), "--no-search", "--input", folder.Combine("input")], TextWriter.Synchronized(stdout), TextWriter.Synchronized(stderr), stop.Token);
        using var http = new HttpClient { BaseAddress = new Uri($"http://localhost:{port}/") };

        // When
        var before = await PollAsync(http, "get-help-now/", page => page.Contains("<h1>Get help now</h1>"));
        var draft = await PollAsync(http, "guides/draft-guide/", page => page.Contains("draft-banner"));
        var clock = Stopwatch.StartNew();
        folder.Write("input/get-help-now.md", "---\ntitle: Get help now, edited\nkind: page\nsummary: Help.\n---\n\nCall.\n");
        var after = await PollAsync(http, "get-help-now/", page => page.Contains("<h1>Get help now, edited</h1>"));
        clock.Stop();
        folder.Write("input/get-help-now.md", "---\ntitle: Broken\nkind: leaflet\nsummary: Help.\n---\n");
        await PollAsync(http, "get-help-now/", _ => stdout.ToString().Contains("Preview not updated"));
        var lastGood = await http.GetStringAsync("get-help-now/");
        stop.Cancel();
        var code = await serving.WaitAsync(Limit);

        // Then
        before.ShouldContain("<script type=\"module\" src=\"/_spinedocs/reload.js\"></script></body>");
        draft.ShouldContain("This page is not published");
        after.ShouldContain("Get help now, edited");
        clock.Elapsed.ShouldBeLessThan(Limit);
        lastGood.ShouldContain("<h1>Get help now, edited</h1>");
        stderr.ToString().ShouldContain("error SD0103: unknown kind 'leaflet'");
        code.ShouldBe(0);
        stdout.ToString().ShouldContain("Stopped the preview.");
        (await Should.ThrowAsync<HttpRequestException>(() => http.GetStringAsync("get-help-now/"))).ShouldNotBeNull();
    }

    private static async Task<string> PollAsync(HttpClient http, string path, Func<string, bool> ready)
    {
        var deadline = DateTime.UtcNow + Limit;
        while (true)
        {
            try
            {
                var page = await http.GetStringAsync(path);
                if (ready(page))
                {
                    return page;
                }
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
                // The server is still starting.
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{path} was not ready within {Limit.TotalSeconds} s.");
            }

            await Task.Delay(100);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose() => folder.Dispose();
}
