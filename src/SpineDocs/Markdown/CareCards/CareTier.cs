namespace SpineDocs.Markdown.CareCards;

/// <summary>How fast a reader must act, from the three care-card containers.</summary>
public enum CareTier
{
    Emergency,
    Urgent,
    NonUrgent,
}
