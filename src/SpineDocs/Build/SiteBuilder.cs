using System.Diagnostics;
using SpineDocs.Diagnostics;
using SpineDocs.Pipeline;

namespace SpineDocs.Build;

/// <summary>Runs the pipelines and publishes the output atomically when no error was found.</summary>
public static class SiteBuilder
{
    public static async Task<BuildResult> RunAsync(BuildOptions options, CancellationToken cancellation = default, Action<Phase, int, TimeSpan>? progress = null)
    {
        var clock = Stopwatch.StartNew();
        var staging = OutputPublisher.StagingFor(options.OutputDirectory);
        var context = new BuildContext(options with { StagingDirectory = staging });
        if (IsInside(options.OutputDirectory, options.InputDirectory))
        {
            context.Diagnostics.Error(DiagnosticCodes.OutputInsideInput, context.Display(options.OutputDirectory), 0, 0,
                "the output folder must not be the input folder or inside it: pass another folder with --output.");
        }
        else
        {
            try
            {
                await new Engine(SitePipelines.Create()).RunAsync(context, cancellation, progress);
                if (options.WriteOutput && !context.Diagnostics.HasErrors)
                {
                    OutputPublisher.Publish(staging, options.OutputDirectory);
                }
            }
            finally
            {
                OutputPublisher.Discard(staging);
            }
        }

        var pages = context.OutputsOf(Pipelines.Content).Count(d => d.IsHtml && !d.IsHiddenDraft(options));
        return new BuildResult(context.Diagnostics.Sorted(), pages, clock.Elapsed, context);
    }

    private static bool IsInside(string path, string folder)
    {
        var relative = Path.GetRelativePath(folder, path);
        return relative == "." || !(relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative));
    }
}
