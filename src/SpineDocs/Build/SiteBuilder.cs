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
        var output = context.Display(options.OutputDirectory);
        if (OutputPublisher.IsInside(options.OutputDirectory, options.InputDirectory))
        {
            context.Diagnostics.Error(DiagnosticCodes.OutputInsideInput, output, 0, 0,
                "the output folder must not be the input folder or inside it: pass another folder with --output.");
        }
        else if (options.WriteOutput && OutputPublisher.Refusal(options.OutputDirectory, options.InputDirectory) is { } refusal)
        {
            context.Diagnostics.Error(DiagnosticCodes.OutputRefused, output, 0, 0, refusal);
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
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                context.Diagnostics.Error(DiagnosticCodes.OutputNotWritten, output, 0, 0,
                    $"the site could not be written ({ex.Message.TrimEnd('.')}): check the folder's permissions and the free disk space. The previous output is untouched.");
            }
            finally
            {
                Discard(staging, context);
            }
        }

        var pages = context.OutputsOf(Pipelines.Content).Count(d => d.IsHtml && !d.IsHiddenDraft(options));
        return new BuildResult(context.Diagnostics.Sorted(), pages, clock.Elapsed, context);
    }

    private static void Discard(string staging, BuildContext context)
    {
        try
        {
            OutputPublisher.Discard(staging);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            context.Diagnostics.Warning(DiagnosticCodes.OutputNotWritten, context.Display(staging), 0, 0, $"an unfinished build folder could not be removed ({ex.Message.TrimEnd('.')}): delete it yourself.");
        }
    }
}
