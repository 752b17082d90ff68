using Microsoft.Playwright;

namespace SpineDocs.SiteTests.Browser;

/// <summary>The real site built once, served on loopback with Netlify's headers, and the Debian Chromium driven by Playwright.</summary>
public sealed class BrowserSite : IAsyncLifetime
{
    public static readonly string ChromiumPath = Environment.GetEnvironmentVariable("SPINEDOCS_CHROMIUM") ?? "/usr/bin/chromium";

    public BuiltSite Site { get; } = new();

    public StaticSiteServer Server { get; private set; } = default!;

    public IPlaywright Playwright { get; private set; } = default!;

    public IBrowser Browser { get; private set; } = default!;

    private readonly Lazy<Task<PageSweep>> sweep;

    public BrowserSite() => sweep = new(() => PageSweep.RunAsync(this));

    /// <summary>Every page visited once, shared by the tests that look at every page.</summary>
    public Task<PageSweep> SweepAsync() => sweep.Value;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Chromium was not found at {ChromiumPath}. Install it (apt-get install chromium) or set SPINEDOCS_CHROMIUM to its path; the browser tests never download a browser.");
        }

        await Site.InitializeAsync();
        Server = await StaticSiteServer.StartAsync(Site.Output, StaticSiteServer.NetlifyHeaders(Path.Combine(BuiltSite.RepositoryRoot, "netlify.toml")));
        Playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await Playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh, isolated browser context (no shared storage or cookies) and a page in it.</summary>
    public async Task<IPage> NewPageAsync(BrowserNewContextOptions? options = null)
    {
        var context = await Browser.NewContextAsync(options ?? new BrowserNewContextOptions());
        return await context.NewPageAsync();
    }

    public string Url(string path) => Server.Address + path;

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        Playwright.Dispose();
        await Server.DisposeAsync();
        await Site.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserSite>
{
    public const string Name = "browser";
}
