using System.Globalization;
using SpineDocs.Build;
using SpineDocs.Pipeline;

namespace SpineDocs.Cli;

/// <summary>Runs a command and prints its progress, diagnostics and one-line summary.</summary>
public static class App
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken cancellation = default, bool colour = false)
    {
        var terminal = new Terminal(stdout, stderr, colour);
        var (line, error) = CommandLine.Parse(args);
        if (line is null)
        {
            await stderr.WriteLineAsync($"spinedocs: {error}\n\n{CommandLine.Usage}");
            return 2;
        }

        if (line.Help)
        {
            await stdout.WriteLineAsync(CommandLine.Usage);
            return 0;
        }

        var options = OptionsFor(line);
        try
        {
            return line.Command switch
            {
                "new" => await NewPageCommand.RunAsync(line, options, terminal),
                "serve" => await ServeCommand.RunAsync(line, options, terminal, cancellation),
                _ => await BuildAsync(line, options, terminal, cancellation),
            };
        }
        catch (OperationCanceledException)
        {
            await stderr.WriteLineAsync("spinedocs: stopped. Nothing was written; the previous output is untouched.");
            return 130;
        }
    }

    public static BuildOptions OptionsFor(CommandLine line) =>
        new(Path.GetFullPath(line.Input), Path.GetFullPath(line.Output), AssetsDirectory(Path.GetFullPath(line.Input)))
        {
            WriteOutput = line.Command != "check",
            Search = line.Search,
            Strict = line.Strict,
            CacheDirectory = line.Cache ? Content.Cache.CacheFile.FolderFor(Path.GetFullPath(line.Output)) : null,
        };

    /// <summary>The theme's assets: the source folder beside the input when there is one (so preview sees edits), else the copy shipped with the program.</summary>
    public static string AssetsDirectory(string input)
    {
        var source = Path.Combine(Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(input))!, "theme", "assets");
        return Directory.Exists(source) ? source : Path.Combine(AppContext.BaseDirectory, "theme", "assets");
    }

    public static async Task<BuildResult> BuildOnceAsync(CommandLine line, BuildOptions options, Terminal terminal, CancellationToken cancellation)
    {
        var result = await SiteBuilder.RunAsync(options, cancellation, (phase, documents, elapsed) =>
            terminal.ProgressAsync(string.Create(CultureInfo.InvariantCulture, $"  {phase,-11} {documents,6} documents  {elapsed.TotalSeconds,6:0.00} s")).Wait(cancellation));
        foreach (var diagnostic in result.Diagnostics)
        {
            await terminal.DiagnosticAsync(diagnostic);
        }

        if (line.Verbose)
        {
            foreach (var (module, elapsed) in result.Context.Timings.Totals.OrderByDescending(t => t.Value))
            {
                await terminal.ProgressAsync(string.Create(CultureInfo.InvariantCulture, $"  {module,-24} {elapsed.TotalMilliseconds,8:0.0} ms"));
            }

            await terminal.ProgressAsync(string.Create(CultureInfo.InvariantCulture,
                $"  garbage collection: {GC.GetTotalPauseDuration().TotalMilliseconds:0} ms paused, {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} gen0/1/2 collections, {GC.GetTotalAllocatedBytes() / 1048576} MiB allocated"));
        }

        if (line.Report)
        {
            await terminal.Out.WriteAsync(PageReport.Format(PageReport.Rows(result.Context.OutputsOf(Pipelines.Content))));
        }

        return result;
    }

    private static async Task<int> BuildAsync(CommandLine line, BuildOptions options, Terminal terminal, CancellationToken cancellation)
    {
        var result = await BuildOnceAsync(line, options, terminal, cancellation);
        await terminal.SummaryAsync(Summary(line, result), result.Succeeded);
        return result.Succeeded ? 0 : 1;
    }

    public static string Summary(CommandLine line, BuildResult result)
    {
        var counts = string.Create(CultureInfo.InvariantCulture,
            $"{result.Pages} pages{(result.Reused > 0 ? $" ({result.Pages - result.Reused} rendered, {result.Reused} unchanged)" : "")}, {Plural(result.Warnings, "warning")}, {Plural(result.Errors, "error")}, {result.Elapsed.TotalSeconds:0.00} s");
        return (line.Command, result.Succeeded) switch
        {
            ("check", true) => $"Check passed: {counts}.",
            ("check", false) => $"Check failed: {counts}.",
            ("serve", true) => $"Preview updated: {counts}.",
            ("serve", false) => $"Preview not updated: {counts}. The last good site is still served.",
            (_, true) => $"Built {line.Output}: {counts}.",
            _ => $"Build failed: {counts}. Nothing was written; the previous output is untouched.",
        };
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
