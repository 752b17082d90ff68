using SpineDocs.Diagnostics;

namespace SpineDocs.Cli;

/// <summary>Writes to the terminal, in colour only when it is a terminal that wants colour.</summary>
public sealed class Terminal(TextWriter stdout, TextWriter stderr, bool colour)
{
    public TextWriter Out { get; } = stdout;

    public TextWriter Error { get; } = stderr;

    /// <summary>True when standard error is a terminal, NO_COLOR is unset and TERM is not "dumb".</summary>
    public static bool SupportsColour() =>
        !Console.IsErrorRedirected
        && Environment.GetEnvironmentVariable("NO_COLOR") is null
        && Environment.GetEnvironmentVariable("TERM") is not "dumb";

    public Task DiagnosticAsync(Diagnostic diagnostic) => Error.WriteLineAsync(Paint(diagnostic.ToString(), diagnostic.Severity switch
    {
        Severity.Error => "31",
        Severity.Warning => "33",
        _ => "36",
    }));

    public Task ProgressAsync(string text) => Error.WriteLineAsync(Paint(text, "2"));

    public Task SummaryAsync(string text, bool success) => Out.WriteLineAsync(Paint(text, success ? "32" : "31;1"));

    private string Paint(string text, string code) => colour ? $"\u001b[{code}m{text}\u001b[0m" : text;
}
