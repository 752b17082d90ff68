namespace SpineDocs.Build;

/// <summary>
/// Swaps a fully written staging folder in for the output folder, so readers never see half a site. It only ever
/// replaces a folder that is empty or that SpineDocs wrote itself, which it marks: never a folder of the user's files.
/// </summary>
public static class OutputPublisher
{
    /// <summary>The file that marks a folder as SpineDocs's output, safe to replace on the next build.</summary>
    public const string Marker = ".spinedocs-output";

    public static string StagingFor(string output)
    {
        var parent = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(output)) ?? output;
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(output));
        return Path.Combine(parent, $".{name}.staging-{Guid.NewGuid().ToString("N")[..8]}");
    }

    /// <summary>Why <paramref name="output"/> must not be written, or null when it may be.</summary>
    public static string? Refusal(string output, string input)
    {
        var folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(output));
        if (Path.GetDirectoryName(folder) is null)
        {
            return "the output folder cannot be the root of the file system: pass a folder of its own with --output.";
        }

        if (File.Exists(folder))
        {
            return "the output is a file, not a folder: pass a folder with --output, such as --output output.";
        }

        if (IsInside(input, folder))
        {
            return "the output folder holds the input folder, and publishing would replace it: pass another folder with --output, such as --output output.";
        }

        if (Directory.Exists(folder) && !File.Exists(Path.Combine(folder, Marker)) && Directory.EnumerateFileSystemEntries(folder).Any())
        {
            return "the output folder holds files SpineDocs did not write, and publishing would delete them: pass an empty or new folder with --output, or delete this one yourself if it is an old build.";
        }

        return null;
    }

    public static void Publish(string staging, string output)
    {
        File.WriteAllText(Path.Combine(staging, Marker), "This folder is written by SpineDocs. The next build replaces all of it.\n");
        if (!Directory.Exists(output))
        {
            Directory.Move(staging, output);
            return;
        }

        var previous = staging.Replace(".staging-", ".previous-", StringComparison.Ordinal);
        Directory.Move(output, previous);
        try
        {
            Directory.Move(staging, output);
        }
        catch
        {
            Directory.Move(previous, output);
            throw;
        }

        Directory.Delete(previous, recursive: true);
    }

    public static void Discard(string staging)
    {
        if (Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or inside it.</summary>
    public static bool IsInside(string path, string folder)
    {
        var relative = Path.GetRelativePath(folder, path);
        return relative == "." || !(relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative));
    }
}
