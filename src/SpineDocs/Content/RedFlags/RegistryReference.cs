namespace SpineDocs.Content.RedFlags;

/// <summary>A published source a triage rule or a phone number rests on, with the day its address was checked.</summary>
public sealed record RegistryReference(string Id, string Title, string Publisher, string Url, DateOnly Checked, Position At);
