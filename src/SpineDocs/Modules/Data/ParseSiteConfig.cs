using SpineDocs.Content;
using SpineDocs.Content.Yaml;
using SpineDocs.Diagnostics;
using SpineDocs.Pipeline;
using YamlDotNet.RepresentationModel;

namespace SpineDocs.Modules.Data;

/// <summary>Reads <c>site.yml</c> into <see cref="SiteConfig"/>, reporting each missing setting at its line.</summary>
public sealed class ParseSiteConfig : ParallelModule
{
    protected override Document? Execute(Document document, BuildContext context)
    {
        if (document.Destination != "site.yml")
        {
            return document;
        }

        var file = context.Display(document.Source);
        var map = YamlDocumentReader.LoadMapping(document.Content, file, 1, context.Diagnostics, DiagnosticCodes.SiteConfigInvalid);
        if (map is null)
        {
            return document;
        }

        var fallback = SiteConfig.Default;
        string Read(YamlMappingNode node, string key, string fallbackValue, string what)
        {
            if (node.Children.TryGetValue(new YamlScalarNode(key), out var value) && YamlFields.TryString(value, out var text) && text.Length > 0)
            {
                return text;
            }

            var at = YamlDocumentReader.PositionOf(node, 1);
            context.Diagnostics.Error(DiagnosticCodes.SiteConfigInvalid, file, at.Line, at.Column, $"'{key}' is missing: add '{key}:' with {what}.");
            return fallbackValue;
        }

        var baseUrl = Read(map, "base-url", fallback.BaseUrl, "the address the site is published at, such as https://spinedocs.org").TrimEnd('/');
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http")
            || Uri.CheckHostName(uri.Host) is not (UriHostNameType.Dns or UriHostNameType.IPv4 or UriHostNameType.IPv6) || uri.Query.Length > 0 || uri.Fragment.Length > 0)
        {
            var at = map.Children.TryGetValue(new YamlScalarNode("base-url"), out var node) ? YamlDocumentReader.PositionOf(node, 1) : Position.Start;
            context.Diagnostics.Error(DiagnosticCodes.SiteConfigInvalid, file, at.Line, at.Column, $"'base-url' must be a full web address starting with https://, such as https://spinedocs.org (found '{baseUrl}').");
            baseUrl = fallback.BaseUrl;
        }

        var regionCode = Read(map, "region", fallback.RegionCode, "the code of the default region in red-flags.yml, such as uk");
        var regionAt = map.Children.TryGetValue(new YamlScalarNode("region"), out var regionNode) ? YamlDocumentReader.PositionOf(regionNode, 1) : Position.Start;
        var site = new SiteConfig(
            Read(map, "name", fallback.Name, "the site's name"),
            baseUrl,
            Read(map, "language", fallback.Language, "the language tag of the pages, such as en-GB"),
            Read(map, "description", fallback.Description, "one sentence about the site"),
            regionCode) { RegionAt = regionAt };
        return document with { Site = site };
    }
}
