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

    [Fact]
    public async Task A_port_in_use_is_one_clear_error_not_a_crash()
    {
        // Given
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        // When
        var code = await App.RunAsync(["serve", "--port", port.ToString(), "--no-search", "--input", folder.Combine("input")], stdout, stderr).WaitAsync(Limit);

        // Then
        code.ShouldBe(1);
        stderr.ToString().ShouldContain($"spinedocs: the preview cannot use port {port}");
        stderr.ToString().ShouldContain("--port");
        stderr.ToString().ShouldNotContain("   at ");
    }

    [Fact]
    public async Task Before_the_first_good_build_every_page_shows_the_errors_then_the_site_once_it_builds()
    {
        // Given: the home page is broken from the start
        folder.Write("input/index.md", "---\ntitle: Home\nkind: leaflet\nsummary: Home.\n---\n\nWelcome to the library.\n");
        var port = FreePort();
        using var stop = new CancellationTokenSource();
        var serving = App.RunAsync(["serve", "--port", port.ToString(), "--no-search", "--input", folder.Combine("input")], TextWriter.Null, TextWriter.Null, stop.Token);
        using var http = new HttpClient { BaseAddress = new Uri($"http://localhost:{port}/") };

        // When
        var waiting = await PollResponseAsync(http, "conditions/", r => r.StatusCode == HttpStatusCode.ServiceUnavailable);
        var waitingPage = await waiting.Content.ReadAsStringAsync();
        folder.Write("input/index.md", "---\ntitle: Home\nkind: page\nsummary: Home.\n---\n\nWelcome to the library.\n");
        var home = await PollAsync(http, "", page => page.Contains("<h1>Home</h1>"));
        stop.Cancel();
        await serving.WaitAsync(Limit);

        // Then
        waitingPage.ShouldContain("The preview has no good build yet");
        waitingPage.ShouldContain("/_spinedocs/reload.js");
        home.ShouldContain("<h1>Home</h1>");
    }

    [Fact]
    public async Task The_preview_keeps_watching_after_the_input_folder_is_deleted_and_made_again()
    {
        // Given
        var port = FreePort();
        using var stop = new CancellationTokenSource();
        var serving = App.RunAsync(["serve", "--port", port.ToString(), "--no-search", "--input", folder.Combine("input")], TextWriter.Null, TextWriter.Null, stop.Token);
        using var http = new HttpClient { BaseAddress = new Uri($"http://localhost:{port}/") };
        await PollAsync(http, "", page => page.Contains("Welcome to the"));
        var saved = folder.Combine("input-saved");

        // When: the folder is deleted (as a git checkout may do) and made again, with an edit
        CopyFolder(folder.Combine("input"), saved);
        Directory.Delete(folder.Combine("input"), recursive: true);
        await Task.Delay(1500);
        CopyFolder(saved, folder.Combine("input"));
        folder.Write("input/index.md", "---\ntitle: Home\nkind: page\nsummary: Home.\n---\n\nWelcome back to the library.\n");
        var home = await PollAsync(http, "", page => page.Contains("Welcome back to the"));
        stop.Cancel();
        await serving.WaitAsync(Limit);

        // Then
        home.ShouldContain("Welcome back to the");
    }

    private static async Task<HttpResponseMessage> PollResponseAsync(HttpClient http, string path, Func<HttpResponseMessage, bool> ready)
    {
        var deadline = DateTime.UtcNow + Limit;
        while (true)
        {
            try
            {
                var response = await http.GetAsync(path);
                if (ready(response))
                {
                    return response;
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

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
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
