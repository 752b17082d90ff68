using System.Security.Cryptography;
using SpineDocs.Pipeline;

namespace SpineDocs.Modules.Assets;

/// <summary>Names each theme asset after its content hash (<c>site.css</c> → <c>assets/site.1a2b3c4d5e.css</c>) so hosts may cache it forever.</summary>
public sealed class FingerprintAssets : ParallelModule
{
    protected override Document? Execute(Document document, BuildContext context)
    {
        var bytes = document.Bytes ?? System.Text.Encoding.UTF8.GetBytes(document.Content);
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
        var relative = document.Destination;
        var extension = Path.GetExtension(relative);
        var folder = Path.GetDirectoryName(relative)?.Replace('\\', '/');
        var name = $"{Path.GetFileNameWithoutExtension(relative)}.{hash}{extension}";
        return document with { Destination = string.IsNullOrEmpty(folder) ? $"assets/{name}" : $"assets/{folder}/{name}" };
    }
}
