namespace SpineDocs.Pipeline;

/// <summary>Where a build reads and writes. Paths are absolute.</summary>
public sealed record BuildOptions(string InputDirectory, string OutputDirectory, string AssetsDirectory)
{
    /// <summary>False for <c>build --no-search</c>: no search box, no index.</summary>
    public bool Search { get; init; } = true;

    /// <summary>The Pagefind program to run; null to find the one npm installed.</summary>
    public string? PagefindPath { get; init; } = Environment.GetEnvironmentVariable("SPINEDOCS_PAGEFIND") is { Length: > 0 } path ? path : null;

    /// <summary>True for <c>serve</c>: drafts are published, with a banner.</summary>
    public bool IncludeDrafts { get; init; }

    /// <summary><c>--strict</c>: an overdue review is an error, not a warning (CI uses it).</summary>
    public bool Strict { get; init; }

    /// <summary>The day review dates are judged against.</summary>
    public DateOnly Today { get; init; } = DateOnly.FromDateTime(DateTime.Now);

    /// <summary>False for <c>check</c>: validate everything, write nothing.</summary>
    public bool WriteOutput { get; init; } = true;

    /// <summary>The folder the Output phase writes into before it is published over <see cref="OutputDirectory"/>.</summary>
    public string StagingDirectory { get; init; } = "";

    /// <summary>Where finished pages are kept between builds so the next build renders only what changed; null for none.</summary>
    public string? CacheDirectory { get; init; }

    /// <summary>The working directory diagnostics are printed relative to.</summary>
    public string DisplayRoot { get; init; } = Directory.GetCurrentDirectory();
}
