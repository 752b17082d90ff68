using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SpineDocs.Tests.Support;

/// <summary>A small JSON Schema (2020-12) validator for the keywords the front matter schema uses; an unknown keyword fails loudly.</summary>
public sealed class JsonSchemaValidator(JsonNode schema)
{
    private static readonly HashSet<string> Annotations = ["$schema", "$id", "title", "description", "$defs"];

    public List<string> Validate(JsonNode? value) => Validate(schema, value, "$");

    private List<string> Validate(JsonNode? rule, JsonNode? value, string path)
    {
        var errors = new List<string>();
        if (rule is not JsonObject keywords)
        {
            return errors;
        }

        foreach (var (keyword, argument) in keywords)
        {
            switch (keyword)
            {
                case "$ref":
                    var name = argument!.GetValue<string>().Replace("#/$defs/", "", StringComparison.Ordinal);
                    errors.AddRange(Validate(schema["$defs"]![name], value, path));
                    break;
                case "type":
                    if (!HasType(value, argument!.GetValue<string>()))
                    {
                        errors.Add($"{path}: not a {argument}");
                    }

                    break;
                case "enum":
                    if (!argument!.AsArray().Any(option => JsonNode.DeepEquals(option, value)))
                    {
                        errors.Add($"{path}: not one of {argument.ToJsonString()}");
                    }

                    break;
                case "required" when value is JsonObject o:
                    errors.AddRange(argument!.AsArray().Select(r => r!.GetValue<string>()).Where(r => !o.ContainsKey(r)).Select(r => $"{path}: '{r}' is required"));
                    break;
                case "properties" when value is JsonObject o:
                    foreach (var (property, propertyRule) in argument!.AsObject().Where(p => o.ContainsKey(p.Key)))
                    {
                        errors.AddRange(Validate(propertyRule, o[property], $"{path}.{property}"));
                    }

                    break;
                case "additionalProperties" when value is JsonObject o && argument!.GetValue<bool>() == false:
                    var known = keywords["properties"]!.AsObject().Select(p => p.Key).ToHashSet();
                    errors.AddRange(o.Select(p => p.Key).Where(k => !known.Contains(k)).Select(k => $"{path}: '{k}' is not allowed"));
                    break;
                case "items" when value is JsonArray a:
                    for (var i = 0; i < a.Count; i++)
                    {
                        errors.AddRange(Validate(argument, a[i], $"{path}[{i}]"));
                    }

                    break;
                case "minItems" when value is JsonArray a:
                    if (a.Count < argument!.GetValue<int>())
                    {
                        errors.Add($"{path}: fewer than {argument} items");
                    }

                    break;
                case "minLength" when value is JsonValue v && v.TryGetValue<string>(out var s):
                    if (s.Length < argument!.GetValue<int>())
                    {
                        errors.Add($"{path}: shorter than {argument}");
                    }

                    break;
                case "pattern" when value is JsonValue v && v.TryGetValue<string>(out var s):
                    if (!Regex.IsMatch(s, argument!.GetValue<string>()))
                    {
                        errors.Add($"{path}: does not match {argument}");
                    }

                    break;
                case "anyOf":
                    if (argument!.AsArray().All(option => Validate(option, value, path).Count > 0))
                    {
                        errors.Add($"{path}: matches none of anyOf");
                    }

                    break;
                case "allOf":
                    foreach (var part in argument!.AsArray())
                    {
                        errors.AddRange(Validate(part, value, path));
                    }

                    break;
                case "if":
                    var branch = Validate(argument, value, path).Count == 0 ? keywords["then"] : keywords["else"];
                    errors.AddRange(Validate(branch, value, path));
                    break;
                case "then" or "else" or "required" or "properties" or "additionalProperties" or "items" or "minItems" or "minLength" or "pattern":
                    break;
                case var other when Annotations.Contains(other):
                    break;
                default:
                    throw new NotSupportedException($"The test validator does not know the keyword '{keyword}'.");
            }
        }

        return errors;
    }

    private static bool HasType(JsonNode? value, string type) => type switch
    {
        "object" => value is JsonObject,
        "array" => value is JsonArray,
        "string" => value is JsonValue v && v.TryGetValue<string>(out _),
        "boolean" => value is JsonValue v && v.TryGetValue<bool>(out _),
        _ => throw new NotSupportedException(type),
    };
}
