using System.Collections.Immutable;
using System.Diagnostics;

namespace SpineDocs.Pipeline;

/// <summary>Runs every pipeline phase by phase, so PostProcess modules see all pipelines' processed documents.</summary>
public sealed class Engine(IReadOnlyList<Pipeline> pipelines)
{
    public IReadOnlyList<Pipeline> Pipelines { get; } = pipelines;

    /// <summary>Runs every phase; <paramref name="progress"/> hears each phase's name, document count and time.</summary>
    public async Task RunAsync(BuildContext context, CancellationToken cancellation = default, Action<Phase, int, TimeSpan>? progress = null)
    {
        foreach (var phase in Enum.GetValues<Phase>())
        {
            var phaseClock = Stopwatch.StartNew();
            // Nothing is written once a content error is known: the previous output must stay untouched.
            if (phase == Phase.Output && (!context.Options.WriteOutput || context.Diagnostics.HasErrors))
            {
                return;
            }

            foreach (var pipeline in Pipelines)
            {
                var documents = phase == Phase.Input ? [] : context.OutputsOf(pipeline.Name);
                foreach (var module in pipeline.ModulesFor(phase))
                {
                    cancellation.ThrowIfCancellationRequested();
                    var clock = Stopwatch.StartNew();
                    try
                    {
                        documents = await module.ExecuteAsync(documents, context);
                    }
                    catch (Exception ex) when (ex is not OperationCanceledException)
                    {
                        InternalError.Report(context, module.GetType().Name, ex, file: null);
                    }

                    context.Timings.Record(module.GetType().Name, clock.Elapsed);
                }

                context.SetOutputs(pipeline.Name, documents);
            }

            progress?.Invoke(phase, Pipelines.Sum(p => context.OutputsOf(p.Name).Length), phaseClock.Elapsed);
        }
    }
}
