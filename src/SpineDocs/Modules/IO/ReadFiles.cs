using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using System.Text.Unicode;
using SpineDocs.Diagnostics;
using SpineDocs.Pipeline;

namespace SpineDocs.Modules.IO;

/// <summary>
/// Reads matching files under a folder; text must be UTF-8 and not empty. Destination starts as the relative path.
/// Links (symbolic links) are never followed: a site is built only from files inside its folder, and a linked
/// folder cannot make the build loop.
/// </summary>
public sealed class ReadFiles(Func<BuildOptions, string> folder, string pattern, bool recursive = true, bool binary = false) : IModule
{
    public static ReadFiles Input(string pattern, bool recursive = true) => new(o => o.InputDirectory, pattern, recursive);

    /// <summary>When set, finding no file is reported with this sentence, as an error unless <see cref="MissingIsWarning"/>.</summary>
    public string? RequiredMessage { get; init; }

    /// <summary>A missing file is a warning: the site builds without what it holds.</summary>
    public bool MissingIsWarning { get; init; }

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> documents, BuildContext context)
    {
        var root = folder(context.Options);
        if (!Directory.Exists(root))
        {
            var reason = File.Exists(root) ? "it is a file, not a folder" : "not found";
            context.Diagnostics.Error(DiagnosticCodes.InputUnreadable, context.Display(root), 0, 0,
                $"the folder cannot be read ({reason}): check that it exists and that you may read it (pass the content folder with --input).");
            return Task.FromResult(documents);
        }

        var paths = Find(root, context);
        if (paths.Count == 0 && RequiredMessage is not null)
        {
            context.Diagnostics.Add(new Diagnostic(MissingIsWarning ? Severity.Warning : Severity.Error, DiagnosticCodes.RequiredFileMissing,
                context.Display(Path.Combine(root, pattern)), 0, 0, RequiredMessage));
        }

        var read = new Document?[paths.Count];
        Parallel.For(0, paths.Count, ParallelModule.PerCore, i => read[i] = Read(paths[i], root, context));
        return Task.FromResult(documents.AddRange(read.OfType<Document>().OrderBy(d => d.Source, StringComparer.Ordinal)));
    }

    /// <summary>The matching files, walking folders one by one; hidden entries are skipped and links reported.</summary>
    private List<string> Find(string root, BuildContext context)
    {
        var found = new List<string>();
        var folders = new Stack<DirectoryInfo>([new DirectoryInfo(root)]);
        while (folders.TryPop(out var current))
        {
            FileSystemInfo[] entries;
            try
            {
                entries = current.GetFileSystemInfos();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                context.Diagnostics.Error(DiagnosticCodes.InputUnreadable, context.Display(current.FullName), 0, 0,
                    $"the folder cannot be read ({Reason(ex)}): check that you may read it.");
                continue;
            }

            foreach (var entry in entries.Where(e => !e.Name.StartsWith('.') && !e.Attributes.HasFlag(FileAttributes.System)))
            {
                if (entry.LinkTarget is { } target)
                {
                    context.Diagnostics.Error(DiagnosticCodes.LinkedFile, context.Display(entry.FullName), 0, 0,
                        $"this is a link to '{target}', which SpineDocs does not follow: a site is built only from files inside its folder. Copy the {(entry is DirectoryInfo ? "folder" : "file")} in instead.");
                }
                else if (entry is DirectoryInfo directory)
                {
                    if (recursive)
                    {
                        folders.Push(directory);
                    }
                }
                else if (System.IO.Enumeration.FileSystemName.MatchesSimpleExpression(pattern, entry.Name))
                {
                    found.Add(entry.FullName);
                }
            }
        }

        return found;
    }

    private Document? Read(string path, string root, BuildContext context)
    {
        var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
        var display = context.Display(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            context.Diagnostics.Error(DiagnosticCodes.InputUnreadable, display, 0, 0, $"the file cannot be read ({Reason(ex)}): check its permissions.");
            return null;
        }

        if (binary)
        {
            return new Document(path, relative, "") { Bytes = bytes };
        }

        var span = bytes.AsSpan();
        if (span.StartsWith(Encoding.UTF8.Preamble))
        {
            span = span[Encoding.UTF8.Preamble.Length..];
        }

        if (FirstInvalidByte(span) is { } offset)
        {
            var line = span[..offset].Count((byte)'\n') + 1;
            var column = offset - (span[..offset].LastIndexOf((byte)'\n') + 1) + 1;
            context.Diagnostics.Error(DiagnosticCodes.NotUtf8, display, line, column,
                $"the file is not UTF-8 text (byte 0x{span[offset]:X2} at this position): save it as UTF-8 in your editor.");
            return null;
        }

        var text = Encoding.UTF8.GetString(span);
        if (string.IsNullOrWhiteSpace(text))
        {
            context.Diagnostics.Error(DiagnosticCodes.EmptyFile, display, 1, 1, path.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
                ? "the file is empty: add front matter ('---', title, kind, summary, '---') and the page text, or delete the file."
                : "the file is empty: write its settings or entries, as the README describes.");
            return null;
        }

        return new Document(path, relative, text.ReplaceLineEndings("\n"));
    }

    private static int? FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        var buffer = ArrayPool<char>.Shared.Rent(bytes.Length + 1);
        try
        {
            var status = Utf8.ToUtf16(bytes, buffer, out var consumed, out _, replaceInvalidSequences: false);
            return status == OperationStatus.InvalidData ? consumed : null;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static string Reason(Exception ex) => ex switch
    {
        DirectoryNotFoundException or FileNotFoundException => "not found",
        UnauthorizedAccessException => "permission denied",
        _ => ex.Message.TrimEnd('.'),
    };
}
