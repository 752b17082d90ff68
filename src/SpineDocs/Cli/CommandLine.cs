namespace SpineDocs.Cli;

/// <summary>The parsed command line: a command and its options.</summary>
public sealed record CommandLine(string Command, string Input, string Output, bool Help, bool Report = false, bool Search = true)
{
    public const string Usage = """
        SpineDocs: builds the patient library from Markdown.

        Usage: spinedocs [command] [options]

        Commands:
          build    Build the site into the output folder (the default command).
          check    Check every page and write nothing.

        Options:
          --input <folder>    The content folder (default: input).
          --output <folder>   Where the site is written (default: output).
          --no-search         Build without the search index (faster; no search box).
          --report            After the diagnostics, print a table of every page: kind, words,
                              reading grade (Flesch-Kincaid), review dates, links out and in.
          -h, --help          Show this help.

        Exit codes: 0 success, 1 content errors, 2 a mistake on the command line.
        """;

    private static readonly string[] Commands = ["build", "check"];

    /// <summary>Parses <paramref name="args"/>, or returns the sentence that says what is wrong.</summary>
    public static (CommandLine? Line, string? Error) Parse(IReadOnlyList<string> args)
    {
        var command = "build";
        string input = "input", output = "output";
        var help = false;
        var report = false;
        var search = true;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            switch (arg)
            {
                case "-h" or "--help" or "help":
                    help = true;
                    break;
                case "--report":
                    report = true;
                    break;
                case "--no-search":
                    search = false;
                    break;
                case "--input" or "--output":
                    if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                    {
                        return (null, $"{arg} needs a folder, for example: {arg} {arg[2..]}");
                    }

                    if (arg == "--input")
                    {
                        input = args[++i];
                    }
                    else
                    {
                        output = args[++i];
                    }

                    break;
                case var name when i == 0 && Commands.Contains(name):
                    command = name;
                    break;
                default:
                    return (null, arg.StartsWith('-') ? $"unknown option '{arg}'." : $"unknown command '{arg}': use build or check.");
            }
        }

        return (new CommandLine(command, input, output, help, report, search), null);
    }
}
