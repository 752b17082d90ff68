using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using System.Text.Unicode;
using SpineDocs.Diagnostics;
using SpineDocs.Pipeline;

namespace SpineDocs.Modules.IO;

/// <summary>Reads matching files under a folder; text must be UTF-8 and not empty. Destination starts as the relative path.</summary>
public sealed class ReadFiles(Func<BuildOptions, string> folder, string pattern, bool recursive = true, bool binary = false) : IModule
{
    public static ReadFiles Input(string pattern, bool recursive = true) => new(o => o.InputDirectory, pattern, recursive);

    /// <summary>When set, finding no file is an error with this sentence.</summary>
    public string? RequiredMessage { get; init; }

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> documents, BuildContext context)
    {
        var root = folder(context.Options);
        string[] paths;
        try
        {
            paths = Directory.GetFiles(root, pattern, new EnumerationOptions
            {
                RecurseSubdirectories = recursive,
                AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
                IgnoreInaccessible = false,
            });
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            context.Diagnostics.Error(DiagnosticCodes.InputUnreadable, context.Display(root), 0, 0,
                $"the folder cannot be read ({Reason(ex)}): check that it exists and that you may read it (pass the content folder with --input).");
            return Task.FromResult(documents);
        }

        if (paths.Length == 0 && RequiredMessage is not null)
        {
            context.Diagnostics.Error(DiagnosticCodes.RequiredFileMissing, context.Display(Path.Combine(root, pattern)), 0, 0, RequiredMessage);
        }

        var read = new Document?[paths.Length];
        Parallel.For(0, paths.Length, ParallelModule.PerCore, i => read[i] = Read(paths[i], root, context));
        return Task.FromResult(documents.AddRange(read.OfType<Document>().OrderBy(d => d.Source, StringComparer.Ordinal)));
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
            context.Diagnostics.Error(DiagnosticCodes.EmptyFile, display, 1, 1,
                "the file is empty: add front matter ('---', title, kind, summary, '---') and the page text, or delete the file.");
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
