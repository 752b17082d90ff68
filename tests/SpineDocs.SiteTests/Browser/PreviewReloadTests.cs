using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using SpineDocs.Cli;
using Xunit.Abstractions;

namespace SpineDocs.SiteTests.Browser;

/// <summary>The preview server with an open page in Chromium: a save reloads the page; a content error shows over it.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class PreviewReloadTests(BrowserSite browser, ITestOutputHelper output) : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "spinedocs-preview-test-" + Guid.NewGuid().ToString("N")[..8]);

    [Fact]
    public async Task Saving_a_page_reloads_it_in_the_browser_and_an_error_shows_over_the_last_good_page()
    {
        // Given: a copy of the real library, served
        CopyFolder(Path.Combine(BuiltSite.RepositoryRoot, "input"), Path.Combine(root, "input"));
        var port = FreePort();
        using var stop = new CancellationTokenSource();
        var serving = App.RunAsync(["serve", "--port", port.ToString(), "--no-search", "--input", Path.Combine(root, "input")], TextWriter.Null, TextWriter.Null, stop.Token);
        var page = await browser.NewPageAsync();
        await WaitForServerAsync(page, $"http://localhost:{port}/about/");
        var file = Path.Combine(root, "input", "about.md");
        var text = await File.ReadAllTextAsync(file);

        // When: the author saves a change
        var clock = Stopwatch.StartNew();
        await File.WriteAllTextAsync(file, text.Replace("title: About this site", "title: About this library"));
        await page.WaitForSelectorAsync("h1:text-is('About this library')", new() { Timeout = 30_000 });
        var saveToReload = clock.Elapsed;

        // And then saves a mistake
        await File.WriteAllTextAsync(file, text.Replace("kind: page", "kind: leaflet"));
        var overlay = page.Locator("#spinedocs-preview-errors");
        await overlay.WaitForAsync(new() { Timeout = 30_000 });

        // Then
        (await overlay.InnerTextAsync()).ShouldContain("unknown kind 'leaflet'");
        (await page.Locator("h1").InnerTextAsync()).ShouldBe("About this library");
        output.WriteLine($"save to reloaded page: {saveToReload.TotalMilliseconds:0} ms");
        stop.Cancel();
        (await serving.WaitAsync(TimeSpan.FromSeconds(30))).ShouldBe(0);
    }

    private static async Task WaitForServerAsync(Microsoft.Playwright.IPage page, string url)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            try
            {
                await page.GotoAsync(url);
                return;
            }
            catch (Microsoft.Playwright.PlaywrightException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(200);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var source in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, source));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(source, target);
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
