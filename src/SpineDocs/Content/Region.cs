using System.Collections.Immutable;
using SpineDocs.Content.RedFlags;

namespace SpineDocs.Content;

/// <summary>Where readers are: whom to call there in an emergency, about cancer day or night, for other health worries and for support.</summary>
public sealed record Region(string Code, string Name, string EmergencyNumber, string EmergencyDepartment)
{
    /// <summary>How people under cancer care there name the number they ring day or night, such as "your 24-hour cancer line".</summary>
    public string CancerLine { get; init; } = "your cancer team's 24-hour number";

    /// <summary>Where to turn for health worries that are not emergencies, such as NHS 111.</summary>
    public HelpLine NonEmergency { get; init; } = new("your family doctor", null, null, null);

    /// <summary>A line to call at any hour for someone in crisis or thinking of ending their life.</summary>
    public HelpLine? Crisis { get; init; }

    /// <summary>Cancer information and support lines.</summary>
    public ImmutableArray<HelpLine> Support { get; init; } = [];

    /// <summary>Ids of the registry's references that verify the emergency number.</summary>
    public ImmutableArray<string> References { get; init; } = [];

    /// <summary>The placeholders registry wording may use, with this region's values.</summary>
    public IEnumerable<KeyValuePair<string, string>> Placeholders =>
    [
        new("{number}", EmergencyNumber),
        new("{department}", EmergencyDepartment),
        new("{cancer-line}", CancerLine),
        new("{non-emergency}", NonEmergency.Describe()),
        new("{crisis-line}", Crisis?.Describe() ?? $"the emergency number, {EmergencyNumber}"),
    ];

    /// <summary>Fills every placeholder in registry wording with this region's values.</summary>
    public string Fill(string template)
    {
        if (!template.Contains('{'))
        {
            return template;
        }

        foreach (var (name, value) in Placeholders)
        {
            template = template.Replace(name, value, StringComparison.Ordinal);
        }

        return template;
    }

    public static readonly ImmutableArray<string> PlaceholderNames = ["{number}", "{department}", "{cancer-line}", "{non-emergency}", "{crisis-line}"];
}
