namespace SpineDocs.Content;

/// <summary>Where readers are: the number to call and what the emergency department is called there.</summary>
public sealed record Region(string Code, string Name, string EmergencyNumber, string EmergencyDepartment);
