namespace SpineDocs.Content;

/// <summary>Finds the YAML between the opening <c>---</c> line and the closing <c>---</c> or <c>...</c> line.</summary>
public static class FrontMatterBlock
{
    /// <summary>The YAML text (its first line is line 2 of the file), or null when there is no closed block.</summary>
    public static string? Find(string text)
    {
        using var reader = new StringReader(text);
        if (reader.ReadLine()?.TrimEnd() != "---")
        {
            return null;
        }

        var yaml = new System.Text.StringBuilder();
        while (reader.ReadLine() is { } line)
        {
            if (line.TrimEnd() is "---" or "...")
            {
                return yaml.ToString();
            }

            yaml.Append(line).Append('\n');
        }

        return null;
    }
}
