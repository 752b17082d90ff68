namespace SpineDocs.Content;

/// <summary>Maps source paths to output files and output files to pretty URLs.</summary>
public static class Routes
{
    /// <summary><c>conditions/x.md</c> → <c>conditions/x/index.html</c>; <c>index.md</c> → <c>index.html</c>.</summary>
    public static string DestinationFor(string relativeSource)
    {
        var path = relativeSource.Replace('\\', '/');
        var withoutExtension = path[..^Path.GetExtension(path).Length];
        if (withoutExtension == "index")
        {
            return "index.html";
        }

        return withoutExtension.EndsWith("/index", StringComparison.Ordinal)
            ? withoutExtension + ".html"
            : withoutExtension + "/index.html";
    }

    /// <summary><c>conditions/x/index.html</c> → <c>/conditions/x/</c>; other files keep their name.</summary>
    public static string UrlFor(string destination)
    {
        if (destination == "index.html")
        {
            return "/";
        }

        return destination.EndsWith("/index.html", StringComparison.Ordinal)
            ? "/" + destination[..^"index.html".Length]
            : "/" + destination;
    }

    /// <summary>The output file a site URL path is served from, e.g. <c>/a/</c> → <c>a/index.html</c>.</summary>
    public static string FileFor(string urlPath)
    {
        var path = urlPath.TrimStart('/');
        if (path.Length == 0 || path.EndsWith('/'))
        {
            return path + "index.html";
        }

        return Path.HasExtension(path) ? path : path + "/index.html";
    }

    public static string SlugFor(string relativeSource)
    {
        var name = Path.GetFileNameWithoutExtension(relativeSource);
        return name == "index" && !relativeSource.Replace('\\', '/').Contains('/') ? "home" : name.ToLowerInvariant();
    }
}
