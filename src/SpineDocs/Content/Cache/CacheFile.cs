namespace SpineDocs.Content.Cache;

/// <summary>Where the page cache lives and which generator wrote it.</summary>
public static class CacheFile
{
    public const string Name = "pages.bin";

    /// <summary>The default cache folder: beside the output folder, so one cache serves one site.</summary>
    public static string FolderFor(string outputDirectory) =>
        Path.Combine(Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(outputDirectory))!, ".spinedocs-cache");

    /// <summary>This generator and theme, exactly: a cache written by any other build of them is not used.</summary>
    public static string Generator { get; } =
        $"{typeof(CacheFile).Assembly.ManifestModule.ModuleVersionId:N}+{typeof(Theme.Models.PageView).Assembly.ManifestModule.ModuleVersionId:N}";
}
