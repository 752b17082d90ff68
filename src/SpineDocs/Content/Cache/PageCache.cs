using System.Collections.Immutable;
using System.Text;

namespace SpineDocs.Content.Cache;

/// <summary>What a finished page was, kept between builds: the bytes written, the facts the checks read, the glossary terms it uses.</summary>
public sealed record CachedPage(ImmutableHashSet<string> GlossaryTerms, HtmlFacts Facts, byte[] Bytes);

/// <summary>
/// Finished pages by the fingerprint of everything that made them, in one file. Reading a missing,
/// damaged or older file gives an empty cache: the cache only ever saves work, so deleting it is safe.
/// </summary>
public sealed class PageCache(IReadOnlyDictionary<string, CachedPage> pages)
{
    private const string Magic = "spinedocs-page-cache";
    private const int Version = 2;

    public static PageCache Empty { get; } = new(new Dictionary<string, CachedPage>());

    public IReadOnlyDictionary<string, CachedPage> Pages { get; } = pages;

    public static PageCache Read(Stream stream, string generator)
    {
        try
        {
            using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
            if (reader.ReadString() != Magic || reader.ReadInt32() != Version || reader.ReadString() != generator)
            {
                return Empty;
            }

            var pages = new Dictionary<string, CachedPage>(StringComparer.Ordinal);
            for (var count = reader.ReadInt32(); count > 0; count--)
            {
                var key = reader.ReadString();
                var terms = Strings(reader).ToImmutableHashSet(StringComparer.Ordinal);
                var facts = new HtmlFacts(Strings(reader).ToHashSet(StringComparer.Ordinal), Strings(reader), Strings(reader), Strings(reader), reader.ReadInt32())
                {
                    ActiveContent = Strings(reader),
                };
                var length = reader.ReadInt32();
                if (length < 0 || length > reader.BaseStream.Length - reader.BaseStream.Position)
                {
                    return Empty;
                }

                var bytes = reader.ReadBytes(length);
                pages[key] = new CachedPage(terms, facts, bytes);
            }

            return new PageCache(pages);
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or FormatException)
        {
            return Empty;
        }
    }

    public static void Write(Stream stream, string generator, IReadOnlyCollection<KeyValuePair<string, CachedPage>> pages)
    {
        using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
        writer.Write(Magic);
        writer.Write(Version);
        writer.Write(generator);
        writer.Write(pages.Count);
        foreach (var (key, page) in pages)
        {
            writer.Write(key);
            Write(writer, page.GlossaryTerms.Order(StringComparer.Ordinal).ToList());
            Write(writer, page.Facts.Ids.Order(StringComparer.Ordinal).ToList());
            Write(writer, page.Facts.Links);
            Write(writer, page.Facts.SectionIds);
            Write(writer, page.Facts.EmergencyCardPhoneLinks);
            writer.Write(page.Facts.EmergencyCards);
            Write(writer, page.Facts.ActiveContent);
            writer.Write(page.Bytes.Length);
            writer.Write(page.Bytes);
        }
    }

    private static ImmutableArray<string> Strings(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        if (count < 0 || count > reader.BaseStream.Length)
        {
            throw new FormatException("a count no cache file could hold");
        }

        var strings = ImmutableArray.CreateBuilder<string>(count);
        for (var i = 0; i < count; i++)
        {
            strings.Add(reader.ReadString());
        }

        return strings.MoveToImmutable();
    }

    private static void Write(BinaryWriter writer, IReadOnlyCollection<string> strings)
    {
        writer.Write(strings.Count);
        foreach (var s in strings)
        {
            writer.Write(s);
        }
    }
}
