using System.Diagnostics;

namespace SpineDocs.Pipeline;

/// <summary>
/// Runs its modules one document at a time, as Statiq's module of the same name does: each document goes
/// through every step before the next starts, so per-document intermediates such as syntax trees never
/// exist for all documents at once.
/// </summary>
public sealed class ForEachDocument(params ParallelModule[] modules) : ParallelModule
{
    public IReadOnlyList<ParallelModule> Modules { get; } = modules;

    // Summed over threads, so the steps' shares show even though they interleave.
    private readonly string[] timingNames = [.. modules.Select(m => $"{m.GetType().Name} (thread time)")];

    protected override void Prepare(BuildContext context)
    {
        foreach (var module in Modules)
        {
            module.PrepareOnce(context);
        }
    }

    protected override Document? Execute(Document document, BuildContext context)
    {
        Document? current = document;
        for (var i = 0; i < Modules.Count && current is not null; i++)
        {
            var started = Stopwatch.GetTimestamp();
            current = Modules[i].ExecuteOne(current, context);
            context.Timings.Record(timingNames[i], Stopwatch.GetElapsedTime(started));
        }

        return current;
    }
}
