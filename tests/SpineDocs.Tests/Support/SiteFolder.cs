using SpineDocs.Cli;

namespace SpineDocs.Tests.Support;

/// <summary>A temporary folder holding a minimal valid site in <c>input/</c>, built through the real command line.</summary>
public sealed class SiteFolder : IDisposable
{
    private readonly TempFolder folder = new();

    public SiteFolder()
    {
        folder.Write("input/site.yml", InMemorySite.SiteYml);
        folder.Write("input/red-flags.yml", InMemorySite.RedFlagsYml);
        folder.Write("input/index.md", "---\ntitle: Home\nkind: page\nsummary: Home.\n---\n\nWelcome to the library.\n");
        folder.Write("input/glossary.yml", "- term: Library\n  definition: A collection of pages to read.\n");
        folder.Write("input/get-help-now.md", "---\ntitle: Get help now\nkind: page\nsummary: Help.\n---\n\nCall.\n\n::: help-lines\n:::\n");
    }

    public string Path => folder.Path;

    public string Combine(params string[] parts) => folder.Combine(parts);

    public string Write(string relative, string text) => folder.Write(relative, text);

    /// <summary>Puts files in the output folder as an earlier SpineDocs build left them, marked as its own.</summary>
    public void WritePreviousOutput(string relative, string text)
    {
        folder.Write("output/" + SpineDocs.Build.OutputPublisher.Marker, "");
        folder.Write("output/" + relative, text);
    }

    /// <summary>Runs the command line with <c>--input</c> and <c>--output</c> set to this folder unless <paramref name="args"/> sets them.</summary>
    public async Task<(int Code, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        var all = args.ToList();
        if (!all.Contains("--help"))
        {
            foreach (var (option, folderName) in new[] { ("--input", "input"), ("--output", "output") })
            {
                if (!all.Contains(option))
                {
                    all.AddRange([option, Combine(folderName)]);
                }
            }
        }

        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await App.RunAsync(all, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    public void Dispose() => folder.Dispose();
}
