namespace SpineDocs.Diagnostics;

/// <summary>A problem in the content, located in a file; printed in the MSBuild canonical form.</summary>
public sealed record Diagnostic(Severity Severity, string Code, string File, int Line, int Column, string Message)
{
    public override string ToString()
    {
        var location = Line > 0 ? $"{File}({Line},{Math.Max(Column, 1)})" : File;
        var severity = Severity switch
        {
            Severity.Error => "error",
            Severity.Warning => "warning",
            _ => "info",
        };
        return $"{location}: {severity} {Code}: {Message}";
    }
}
