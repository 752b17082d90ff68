namespace SpineDocs.Cli;

/// <summary>The parsed command line: a command, its arguments and options.</summary>
public sealed record CommandLine(string Command, string Input, string Output)
{
    public const string Usage = """
        SpineDocs: builds the patient library from Markdown.

        Usage: spinedocs [command] [options]

        Commands:
          build              Build the site into the output folder (the default command).
          check              Check every page and write nothing.
          serve              Build, serve the site at http://localhost:5080 and rebuild on every change.
          new <kind> <title> Write a new draft page with the sections its kind needs.
                             Kinds: condition, test, treatment, guide, page.

        Options:
          --input <folder>    The content folder (default: input).
          --output <folder>   Where the site is written (default: output).
          --port <number>     The preview port for serve (default: 5080).
          --no-search         Build without the search index (faster; no search box).
          --no-cache          Render every page, and keep no cache. By default finished pages are kept
                              in .spinedocs-cache beside the output folder, and the next build renders
                              only pages whose content, links or view changed. Deleting it is safe.
          --strict            Treat an overdue review as an error (CI uses this).
          --report            After the diagnostics, print a table of every page: kind, words,
                              reading grade (Flesch-Kincaid), review dates, links out and in.
          --verbose           Print the time each module took.
          -h, --help          Show this help.

        Exit codes: 0 success, 1 content errors, 2 a mistake on the command line.
        """;

    private static readonly string[] Commands = ["build", "check", "serve", "new"];

    public IReadOnlyList<string> Arguments { get; init; } = [];

    public bool Help { get; init; }

    public bool Report { get; init; }

    public bool Search { get; init; } = true;

    public bool Cache { get; init; } = true;

    public bool Strict { get; init; }

    public bool Verbose { get; init; }

    public int Port { get; init; } = 5080;

    /// <summary>Parses <paramref name="args"/>, or returns the sentence that says what is wrong.</summary>
    public static (CommandLine? Line, string? Error) Parse(IReadOnlyList<string> args)
    {
        var line = new CommandLine("build", "input", "output");
        var arguments = new List<string>();
        var commandGiven = false;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            string Value() => i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal) ? args[++i] : "";
            switch (arg)
            {
                case "-h" or "--help" or "help":
                    line = line with { Help = true };
                    break;
                case "--report":
                    line = line with { Report = true };
                    break;
                case "--no-search":
                    line = line with { Search = false };
                    break;
                case "--no-cache":
                    line = line with { Cache = false };
                    break;
                case "--strict":
                    line = line with { Strict = true };
                    break;
                case "--verbose":
                    line = line with { Verbose = true };
                    break;
                case "--input" or "--output":
                    var folder = Value();
                    if (folder.Length == 0)
                    {
                        return (null, $"{arg} needs a folder, for example: {arg} {arg[2..]}");
                    }

                    line = arg == "--input" ? line with { Input = folder } : line with { Output = folder };
                    break;
                case "--port":
                    if (!int.TryParse(Value(), out var port) || port is < 1 or > 65535)
                    {
                        return (null, "--port needs a number from 1 to 65535, for example: --port 5080");
                    }

                    line = line with { Port = port };
                    break;
                case var name when !commandGiven && Commands.Contains(name):
                    // Options may come before the command: '--no-search build' as well as 'build --no-search'.
                    line = line with { Command = name };
                    commandGiven = true;
                    break;
                case var word when line.Command == "new" && !word.StartsWith('-'):
                    arguments.Add(word);
                    break;
                default:
                    return (null, arg.StartsWith('-') ? $"unknown option '{arg}'." : $"unknown command '{arg}': use build, check, serve or new.");
            }
        }

        if (line.Command == "new" && !line.Help && arguments.Count != 2)
        {
            return (null, "new needs a kind and a title, for example: new condition \"Spinal ependymoma\"");
        }

        return (line with { Arguments = arguments }, null);
    }
}
