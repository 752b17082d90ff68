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
        foreach (var module in Modules)
        {
            if (current is null)
            {
                return null;
            }

            var started = Stopwatch.GetTimestamp();
            current = module.ExecuteOne(current, context);
            // Summed over threads, so the steps' shares show even though they interleave.
            context.Timings.Record($"{module.GetType().Name} (thread time)", Stopwatch.GetElapsedTime(started));
        }

        return current;
    }
}
