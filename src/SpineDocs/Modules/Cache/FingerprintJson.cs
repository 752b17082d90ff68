using System.Text.Json.Serialization;
using SpineDocs.Content;
using SpineDocs.Theme.Models;

namespace SpineDocs.Modules.Cache;

/// <summary>What a page's fingerprint covers besides the site-wide salt.</summary>
internal sealed record PageInputs(
    string Destination,
    PageMeta? Meta,
    IReadOnlyList<KeyValuePair<string, ResolvedLink>> Links,
    IReadOnlyList<string> Terms,
    PageView View);

/// <summary>What every page's fingerprint covers: the generator, the options and the site's data and assets.</summary>
internal sealed record SiteInputs(string Generator, bool Search, bool IncludeDrafts, DateOnly Today, IReadOnlyList<string> Data, IReadOnlyList<string> Assets);

// Compiled serializers: no reflection to warm up on every build.
[JsonSerializable(typeof(PageInputs))]
[JsonSerializable(typeof(SiteInputs))]
internal sealed partial class FingerprintJson : JsonSerializerContext;
