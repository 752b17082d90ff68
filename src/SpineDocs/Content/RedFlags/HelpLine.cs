namespace SpineDocs.Content.RedFlags;

/// <summary>A service readers can call: its name, its number when it has one national number, its hours and the reference that verifies it.</summary>
public sealed record HelpLine(string Name, string? Number, string? Hours, string? Reference)
{
    /// <summary>How a sentence names it: "Samaritans on 116 123", or the name alone when there is no number.</summary>
    /// <summary>The number as a phone dials it, for <c>tel:</c> links: digits only.</summary>
    public string? Dial => Number is null ? null : new string(Number.Where(char.IsAsciiDigit).ToArray());

    public string Describe() => Number is null || Name.Contains(Number, StringComparison.Ordinal) ? Name : $"{Name} on {Number}";
}
