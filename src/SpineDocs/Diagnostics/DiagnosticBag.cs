using System.Collections.Concurrent;

namespace SpineDocs.Diagnostics;

/// <summary>Collects every diagnostic of a build, from any thread.</summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> items = new();

    public void Add(Diagnostic diagnostic) => items.Enqueue(diagnostic);

    public void Error(string code, string file, int line, int column, string message) =>
        Add(new Diagnostic(Severity.Error, code, file, line, column, message));

    public void Warning(string code, string file, int line, int column, string message) =>
        Add(new Diagnostic(Severity.Warning, code, file, line, column, message));

    public bool HasErrors => items.Any(d => d.Severity == Severity.Error);

    public int Count(Severity severity) => items.Count(d => d.Severity == severity);

    /// <summary>All diagnostics, distinct, ordered by file, line and column.</summary>
    public IReadOnlyList<Diagnostic> Sorted() =>
        items.Distinct()
            .OrderBy(d => d.File, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ToList();
}
