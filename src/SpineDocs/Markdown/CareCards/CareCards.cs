using SpineDocs.Content;

namespace SpineDocs.Markdown.CareCards;

/// <summary>The wording of the three care-card tiers, from the site's default region.</summary>
public static class CareCards
{
    public static CareTier? TierOf(string? info) => info?.Trim() switch
    {
        "emergency" => CareTier.Emergency,
        "urgent" => CareTier.Urgent,
        "non-urgent" => CareTier.NonUrgent,
        _ => null,
    };

    public static string ClassOf(CareTier tier) => tier switch
    {
        CareTier.Emergency => "emergency",
        CareTier.Urgent => "urgent",
        _ => "non-urgent",
    };

    /// <summary>Read by screen readers before the heading, since colour alone cannot carry urgency.</summary>
    public static string HiddenPrefix(CareTier tier) => tier switch
    {
        CareTier.Emergency => "Emergency: ",
        CareTier.Urgent => "Urgent, today: ",
        _ => "Not urgent: ",
    };

    public static string DefaultHeading(CareTier tier, Region region) => tier switch
    {
        CareTier.Emergency => $"Call {region.EmergencyNumber} or go to {region.EmergencyDepartment} now if:",
        CareTier.Urgent => "Contact your cancer care team or acute oncology line today if:",
        _ => "Tell your care team within a week, or at your next appointment, if:",
    };
}
