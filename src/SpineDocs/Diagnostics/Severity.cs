namespace SpineDocs.Diagnostics;

public enum Severity
{
    Notice,
    Warning,
    Error,
}
