namespace SpineDocs.Content;

/// <summary>A 1-based line and column in a source file.</summary>
public readonly record struct Position(int Line, int Column)
{
    public static readonly Position Start = new(1, 1);
}
