using System.Collections.Immutable;
using System.Diagnostics;
using System.Runtime.InteropServices;
using SpineDocs.Diagnostics;
using SpineDocs.Pipeline;

namespace SpineDocs.Modules.IO;

/// <summary>Runs Pagefind over the written site as the build's last step, so the index is published with it.</summary>
public sealed class IndexSearch : IModule
{
    public const string InstallHint =
        "Pagefind builds the search index and is installed with Node.js: install Node.js (https://nodejs.org), run 'npm install' in the repository, or build with --no-search.";

    public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> documents, BuildContext context)
    {
        if (!context.Options.Search)
        {
            return documents;
        }

        if ((context.Options.PagefindPath ?? FindPagefind(context.Options.InputDirectory)) is not { } pagefind)
        {
            context.Diagnostics.Error(DiagnosticCodes.SearchToolMissing, "package.json", 0, 0, $"Pagefind was not found. {InstallHint}");
            return documents;
        }

        var start = new ProcessStartInfo(pagefind)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--site", context.Options.StagingDirectory, "--silent" })
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            var errors = process.StandardError.ReadToEndAsync();
            await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0)
            {
                context.Diagnostics.Error(DiagnosticCodes.SearchIndexFailed, "package.json", 0, 0,
                    $"Pagefind could not index the site (exit code {process.ExitCode}): {(await errors).Trim()}");
            }
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            context.Diagnostics.Error(DiagnosticCodes.SearchToolMissing, "package.json", 0, 0, $"Pagefind could not be started ({ex.Message}). {InstallHint}");
        }

        return documents;
    }

    /// <summary>The Pagefind binary npm installed for this platform, found above the input folder or this program.</summary>
    public static string? FindPagefind(string inputDirectory)
    {
        var platform = (OperatingSystem.IsWindows() ? "windows" : OperatingSystem.IsMacOS() ? "darwin" : "linux")
            + "-" + RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant();
        var binary = OperatingSystem.IsWindows() ? "pagefind_extended.exe" : "pagefind_extended";
        foreach (var start in new[] { inputDirectory, Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var native = Path.Combine(dir.FullName, "node_modules", "@pagefind", platform, "bin", binary);
                if (File.Exists(native))
                {
                    return native;
                }
            }
        }

        return null;
    }
}
