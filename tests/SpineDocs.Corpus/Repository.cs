namespace SpineDocs.Corpus;

/// <summary>The repository the tests and benchmarks run from, found by its solution file.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>The real library's input folder, whose site.yml and red-flags.yml the corpus reuses.</summary>
    public static string Input => Path.Combine(Root, "input");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SpineDocs.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("SpineDocs.sln not found above " + AppContext.BaseDirectory + ": run from inside the repository.");
    }
}
