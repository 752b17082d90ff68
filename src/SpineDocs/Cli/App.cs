using System.Globalization;
using SpineDocs.Build;
using SpineDocs.Pipeline;

namespace SpineDocs.Cli;

/// <summary>Runs a command and prints its diagnostics and one-line summary.</summary>
public static class App
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken cancellation = default)
    {
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

        var options = new BuildOptions(
            Path.GetFullPath(line.Input),
            Path.GetFullPath(line.Output),
            Path.Combine(AppContext.BaseDirectory, "theme", "assets"))
        {
            WriteOutput = line.Command == "build",
            Search = line.Search,
        };

        BuildResult result;
        try
        {
            result = await SiteBuilder.RunAsync(options, cancellation);
        }
        catch (OperationCanceledException)
        {
            await stderr.WriteLineAsync("spinedocs: stopped. Nothing was written; the previous output is untouched.");
            return 130;
        }

        foreach (var diagnostic in result.Diagnostics)
        {
            await stderr.WriteLineAsync(diagnostic.ToString());
        }

        if (line.Report)
        {
            await stdout.WriteAsync(PageReport.Format(PageReport.Rows(result.Context.OutputsOf(Pipelines.Content))));
        }

        await stdout.WriteLineAsync(Summary(line, result));
        return result.Succeeded ? 0 : 1;
    }

    private static string Summary(CommandLine line, BuildResult result)
    {
        var counts = string.Create(CultureInfo.InvariantCulture,
            $"{result.Pages} pages, {Plural(result.Warnings, "warning")}, {Plural(result.Errors, "error")}, {result.Elapsed.TotalSeconds:0.00} s");
        return (line.Command, result.Succeeded) switch
        {
            ("check", true) => $"Check passed: {counts}.",
            ("check", false) => $"Check failed: {counts}.",
            (_, true) => $"Built {line.Output}: {counts}.",
            _ => $"Build failed: {counts}. Nothing was written; the previous output is untouched.",
        };
    }

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}
