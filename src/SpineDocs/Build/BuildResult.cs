using SpineDocs.Diagnostics;
using SpineDocs.Pipeline;

namespace SpineDocs.Build;

/// <summary>What a build produced and found.</summary>
public sealed record BuildResult(IReadOnlyList<Diagnostic> Diagnostics, int Pages, TimeSpan Elapsed, BuildContext Context)
{
    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);

    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);

    public bool Succeeded => Errors == 0;

    /// <summary>Published pages taken unchanged from the previous build's cache.</summary>
    public int Reused => Context.OutputsOf(Pipelines.Content).Count(d => d.FromCache && d.IsHtml && !d.IsHiddenDraft(Context.Options));
}
