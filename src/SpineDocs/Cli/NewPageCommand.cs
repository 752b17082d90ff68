using SpineDocs.Content;
using SpineDocs.Pipeline;

namespace SpineDocs.Cli;

/// <summary><c>new kind "Title"</c>: writes a draft page that passes <c>check</c> as written, never over an existing page.</summary>
public static class NewPageCommand
{
    public static async Task<int> RunAsync(CommandLine line, BuildOptions options, Terminal terminal)
    {
        var kinds = string.Join(", ", Enum.GetNames<PageKind>().Select(n => n.ToLowerInvariant()));
        if (!Enum.TryParse<PageKind>(line.Arguments[0], ignoreCase: true, out var kind) || !line.Arguments[0].All(char.IsAsciiLetter))
        {
            await terminal.Error.WriteLineAsync($"spinedocs: unknown kind '{line.Arguments[0]}': use one of {kinds}.");
            return 2;
        }

        var title = line.Arguments[1].Trim();
        var slug = PageTemplate.SlugFor(title);
        if (slug.Length == 0)
        {
            await terminal.Error.WriteLineAsync("spinedocs: the title needs at least one letter or digit.");
            return 2;
        }

        var relative = PageTemplate.PathFor(kind, slug);
        var path = Path.Combine(options.InputDirectory, relative);
        var existing = Directory.Exists(options.InputDirectory)
            ? Directory.EnumerateFiles(options.InputDirectory, slug + ".md", SearchOption.AllDirectories).FirstOrDefault()
            : null;
        if (File.Exists(path) || existing is not null)
        {
            await terminal.Error.WriteLineAsync(
                $"spinedocs: {Display(existing ?? path)} already exists, and cross-links name pages by file name: nothing was written. Edit that page, or choose another title.");
            return 1;
        }

        var created = false;
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            created = true;
            await using var writer = new StreamWriter(file);
            await writer.WriteAsync(PageTemplate.Create(kind, title, options.Today));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Never leave half a page behind: remove the file this command itself created.
            if (created)
            {
                File.Delete(path);
            }

            await terminal.Error.WriteLineAsync($"spinedocs: {Display(path)} could not be written ({ex.Message.TrimEnd('.')}): check the input folder's permissions.");
            return 1;
        }

        await terminal.Out.WriteLineAsync($"Created {Display(path)} as a draft {kind.ToString().ToLowerInvariant()} page. Preview it with 'serve'; remove 'draft: true' to publish it.");
        return 0;
    }

    private static string Display(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? path : relative).Replace('\\', '/');
    }
}
