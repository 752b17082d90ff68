namespace SpineDocs.Content.RedFlags;

/// <summary>How a tier's care card looks: the colour and weight that carry its urgency, beside its words.</summary>
public enum CardStyle
{
    Emergency,
    Urgent,
    Soon,
}
