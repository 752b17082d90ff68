using System.Collections.Concurrent;

namespace SpineDocs.Pipeline;

/// <summary>Total time spent in each module, for <c>--verbose</c> and profiling.</summary>
public sealed class ModuleTimings
{
    private readonly ConcurrentDictionary<string, TimeSpan> totals = new();

    public void Record(string module, TimeSpan elapsed) => totals.AddOrUpdate(module, elapsed, (_, t) => t + elapsed);

    public IReadOnlyDictionary<string, TimeSpan> Totals => totals;
}
