using SpineDocs.Build;
using SpineDocs.Pipeline;
using SpineDocs.Serve;

namespace SpineDocs.Cli;

/// <summary><c>serve</c>: builds with drafts into a preview folder, serves it, and rebuilds on every change to the content or theme.</summary>
public static class ServeCommand
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(150);

    public static async Task<int> RunAsync(CommandLine line, BuildOptions options, Terminal terminal, CancellationToken cancellation)
    {
        var preview = Path.Combine(Path.GetTempPath(), $"spinedocs-preview-{Environment.ProcessId}-{line.Port}");
        options = options with { OutputDirectory = preview, IncludeDrafts = true };
        Directory.CreateDirectory(preview);
        PreviewServer server;
        try
        {
            server = await PreviewServer.StartAsync(preview, line.Port);
        }
        catch (IOException ex)
        {
            Directory.Delete(preview, recursive: true);
            await terminal.Error.WriteLineAsync($"spinedocs: the preview cannot use port {line.Port} ({ex.Message.TrimEnd('.')}): another program may be using it. Stop that program, or pass another port with --port, such as --port {(line.Port == 65535 ? 5081 : line.Port + 1)}.");
            return 1;
        }

        try
        {
            await using var running = server;
            await RebuildAsync(line, options, terminal, server, cancellation);
            await terminal.Out.WriteLineAsync($"Serving the preview at http://localhost:{line.Port}/ (drafts included). Watching {Relative(options.InputDirectory)} and the theme. Press Ctrl+C to stop.");

            var changes = System.Threading.Channels.Channel.CreateUnbounded<string>();
            using var watchers = new Watchers([options.InputDirectory, options.AssetsDirectory, ThemeFolder(options.AssetsDirectory)], changes.Writer);
            while (!cancellation.IsCancellationRequested)
            {
                var changed = await changes.Reader.ReadAsync(cancellation);
                var batch = new HashSet<string> { changed };
                // Editors write a file in several steps: wait for a quiet moment, then rebuild once.
                while (await WaitAsync(changes.Reader, Quiet, cancellation) && changes.Reader.TryRead(out var more))
                {
                    batch.Add(more);
                }

                if (batch.Any(f => f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal)))
                {
                    await terminal.ProgressAsync("A theme component changed: stop and start 'serve' again to compile it. Content and asset changes are picked up as you save.");
                }

                await terminal.ProgressAsync($"Changed: {string.Join(", ", batch.Select(Relative).Order())}");
                await RebuildAsync(line, options, terminal, server, cancellation);
            }
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            await terminal.Out.WriteLineAsync("Stopped the preview.");
        }
        finally
        {
            if (Directory.Exists(preview))
            {
                Directory.Delete(preview, recursive: true);
            }
        }

        return 0;
    }

    private static async Task RebuildAsync(CommandLine line, BuildOptions options, Terminal terminal, PreviewServer server, CancellationToken cancellation)
    {
        BuildResult result;
        try
        {
            result = await App.BuildOnceAsync(line, options, terminal, cancellation);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The preview keeps serving the last good site whatever happens to one rebuild.
            await terminal.Error.WriteLineAsync($"spinedocs: the preview could not rebuild ({ex.Message}); it keeps serving the last good site.");
            server.ShowErrors([ex.Message]);
            return;
        }

        await terminal.SummaryAsync(App.Summary(line, result), result.Succeeded);
        if (result.Succeeded)
        {
            server.Reload();
        }
        else
        {
            server.ShowErrors(result.Diagnostics.Where(d => d.Severity == Diagnostics.Severity.Error).Select(d => d.ToString()).ToList());
        }
    }

    private static async Task<bool> WaitAsync(System.Threading.Channels.ChannelReader<string> reader, TimeSpan quiet, CancellationToken cancellation)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(quiet);
        try
        {
            return await reader.WaitToReadAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            return false;
        }
    }

    private static string ThemeFolder(string assets) => Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(assets))!;

    private static string Relative(string path)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? path : relative).Replace('\\', '/');
    }

    /// <summary>
    /// File system watchers over the given folders that report every changed path. A folder that is deleted and
    /// made again (as some editors and git checkouts do) is watched again as soon as it is back.
    /// </summary>
    private sealed class Watchers : IDisposable
    {
        private readonly Dictionary<string, FileSystemWatcher?> watchers;
        private readonly System.Threading.Channels.ChannelWriter<string> changes;
        private readonly Timer timer;
        private readonly Lock gate = new();

        public Watchers(IEnumerable<string> folders, System.Threading.Channels.ChannelWriter<string> changes)
        {
            this.changes = changes;
            watchers = folders.Distinct().ToDictionary(f => f, Watch);
            timer = new Timer(_ => Recheck(), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        }

        private FileSystemWatcher? Watch(string folder)
        {
            if (!Directory.Exists(folder))
            {
                return null;
            }

            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.DirectoryName };
            void Report(string path)
            {
                // The theme's build output changes when the project compiles; that is not an edit.
                if (!path.Contains("/bin/", StringComparison.Ordinal) && !path.Contains("/obj/", StringComparison.Ordinal))
                {
                    changes.TryWrite(path);
                }
            }

            watcher.Changed += (_, e) => Report(e.FullPath);
            watcher.Created += (_, e) => Report(e.FullPath);
            watcher.Deleted += (_, e) => Report(e.FullPath);
            watcher.Renamed += (_, e) => Report(e.FullPath);
            watcher.Error += (_, _) => Report(folder);
            watcher.EnableRaisingEvents = true;
            return watcher;
        }

        /// <summary>Stops watching folders that are gone and watches again those that came back, reporting each as a change.</summary>
        private void Recheck()
        {
            lock (gate)
            {
                foreach (var (folder, watcher) in watchers.ToList())
                {
                    var exists = Directory.Exists(folder);
                    if (watcher is not null && !exists)
                    {
                        watcher.Dispose();
                        watchers[folder] = null;
                        changes.TryWrite(folder);
                    }
                    else if (watcher is null && exists)
                    {
                        watchers[folder] = Watch(folder);
                        changes.TryWrite(folder);
                    }
                }
            }
        }

        public void Dispose()
        {
            timer.Dispose();
            lock (gate)
            {
                foreach (var watcher in watchers.Values)
                {
                    watcher?.Dispose();
                }
            }
        }
    }
}
