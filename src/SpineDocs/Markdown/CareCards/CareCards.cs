using Markdig.Extensions.CustomContainers;
using SpineDocs.Content;
using SpineDocs.Content.RedFlags;

namespace SpineDocs.Markdown.CareCards;

/// <summary>The three care-card tiers: which containers make them and their standard wording.</summary>
public static class CareCards
{
    /// <summary>The container that renders a tier's list from the red-flag registry: <c>::: red-flags emergency</c>.</summary>
    public const string RegistryContainer = "red-flags";

    public static CareTier? TierOf(string? info) => info?.Trim() switch
    {
        "emergency" => CareTier.Emergency,
        "urgent" => CareTier.Urgent,
        "non-urgent" or "soon" => CareTier.NonUrgent,
        _ => null,
    };

    /// <summary>The tier of a card container, whether written as <c>::: urgent</c> or <c>::: red-flags urgent</c>.</summary>
    public static CareTier? TierOf(CustomContainer container) =>
        IsRegistryList(container) ? TierOf(RegistryArguments(container).FirstOrDefault()) : TierOf(container.Info);

    public static bool IsRegistryList(CustomContainer container) => container.Info?.Trim() == RegistryContainer;

    /// <summary>The words after <c>red-flags</c>: the tier, then any groups to show.</summary>
    public static string[] RegistryArguments(CustomContainer container) =>
        (container.Arguments ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static string ClassOf(CareTier tier) => tier switch
    {
        CareTier.Emergency => "emergency",
        CareTier.Urgent => "urgent",
        _ => "non-urgent",
    };

    /// <summary>The registry's id for a tier.</summary>
    public static string RegistryTierOf(CareTier tier) => tier switch
    {
        CareTier.Emergency => "emergency",
        CareTier.Urgent => "urgent",
        _ => "soon",
    };

    /// <summary>Read by screen readers before the heading, since colour alone cannot carry urgency.</summary>
    public static string HiddenPrefix(CareTier tier) => tier switch
    {
        CareTier.Emergency => "Emergency: ",
        CareTier.Urgent => "Urgent, today: ",
        _ => "Not urgent: ",
    };

    /// <summary>The registry tier's heading for the region; a built-in one when there is no registry.</summary>
    public static string DefaultHeading(CareTier tier, Region region, RedFlagRegistry registry) =>
        registry.TiersById.TryGetValue(RegistryTierOf(tier), out var fromRegistry)
            ? RedFlagRegistry.Fill(fromRegistry.Heading, region)
            : tier switch
            {
                CareTier.Emergency => $"Call {region.EmergencyNumber} or go to {region.EmergencyDepartment} now if:",
                CareTier.Urgent => "Contact your cancer care team or acute oncology line today if:",
                _ => "Tell your care team within a week, or at your next appointment, if:",
            };
}
