namespace SpineDocs.Content.RedFlags;

/// <summary>How fast to act: the action, the card heading, what to say on the phone and the safety net.
/// <c>{number}</c> and <c>{department}</c> stand for the reader's region.</summary>
public sealed record RedFlagTier(string Id, int Severity, string Action, string Heading, string Say, string SafetyNet);
