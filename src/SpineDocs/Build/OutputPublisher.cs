namespace SpineDocs.Build;

/// <summary>Swaps a fully written staging folder in for the output folder, so readers never see half a site.</summary>
public static class OutputPublisher
{
    public static string StagingFor(string output)
    {
        var parent = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(output))!;
        var name = Path.GetFileName(Path.TrimEndingDirectorySeparator(output));
        return Path.Combine(parent, $".{name}.staging-{Guid.NewGuid().ToString("N")[..8]}");
    }

    public static void Publish(string staging, string output)
    {
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
}
