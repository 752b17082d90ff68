using SpineDocs.Diagnostics;
using SpineDocs.Pipeline;

namespace SpineDocs.Build;

/// <summary>What a build produced and found.</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, int Pages, TimeSpan Elapsed, BuildContext Context)
{
    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);

    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);

    public bool Succeeded => Errors == 0;
}
