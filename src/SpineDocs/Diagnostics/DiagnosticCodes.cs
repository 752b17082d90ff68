namespace SpineDocs.Diagnostics;

/// <summary>Every diagnostic code the generator reports, in one place.</summary>
public static class DiagnosticCodes
{
    public const string InputUnreadable = "SD0001";
    public const string NotUtf8 = "SD0002";
    public const string EmptyFile = "SD0003";
    public const string OutputInsideInput = "SD0004";
    public const string RequiredFileMissing = "SD0005";
    public const string OutputRefused = "SD0006";
    public const string OutputNotWritten = "SD0007";
    public const string LinkedFile = "SD0008";

    public const string NoFrontMatter = "SD0100";
    public const string MalformedYaml = "SD0101";
    public const string MissingField = "SD0102";
    public const string UnknownKind = "SD0103";
    public const string UnknownLinkTarget = "SD0104";
    public const string UnknownAnchor = "SD0105";
    public const string BadDate = "SD0106";
    public const string DuplicateSlug = "SD0107";
    public const string UnknownRelated = "SD0108";
    public const string UnknownField = "SD0109";
    public const string ReviewOrder = "SD0110";
    public const string WrongFieldType = "SD0111";
    public const string BadSlug = "SD0112";
    public const string ExtraTopHeading = "SD0113";
    public const string ReviewOverdue = "SD0114";
    public const string ReviewDueSoon = "SD0115";
    public const string LinkToDraft = "SD0116";
    public const string UnknownCitation = "SD0117";
    public const string SourceWithoutLink = "SD0118";
    public const string UncitedNumber = "SD0119";
    public const string TooDeeplyNested = "SD0120";
    public const string ReservedAddress = "SD0121";
    public const string HiddenCharacter = "SD0122";
    public const string BadCrossLink = "SD0123";
    public const string SelfLink = "SD0124";

    public const string MissingEmergencyCard = "SD0201";
    public const string EmergencyCardWithoutNumber = "SD0202";
    public const string MissingSection = "SD0203";
    public const string HandWrittenCard = "SD0205";
    public const string WordsInsideCard = "SD0206";
    public const string RawHtml = "SD0207";
    public const string UnsafeLink = "SD0208";
    public const string UnsafeAttribute = "SD0209";
    public const string UnknownContainer = "SD0210";
    public const string UnclosedContainer = "SD0211";
    public const string NestedCard = "SD0212";

    public const string BrokenLink = "SD0301";
    public const string BrokenAnchor = "SD0302";
    public const string ActiveContent = "SD0303";

    public const string SiteConfigInvalid = "SD0401";

    public const string GlossaryInvalid = "SD0501";
    public const string GlossaryDefinitionTooLong = "SD0502";
    public const string DuplicateGlossaryTerm = "SD0503";
    public const string UnusedGlossaryEntry = "SD0504";
    public const string UnknownGlossaryTerm = "SD0505";

    public const string RedFlagsInvalid = "SD0601";
    public const string DuplicateRedFlag = "SD0602";
    public const string UnknownTier = "SD0603";
    public const string RegionIncomplete = "SD0604";
    public const string UnknownRedFlagPage = "SD0605";
    public const string UnknownRedFlagList = "SD0606";
    public const string UnknownRegion = "SD0607";
    public const string UnknownRegistryReference = "SD0608";

    public const string SearchToolMissing = "SD0701";
    public const string SearchIndexFailed = "SD0702";

    public const string CacheNotWritten = "SD0801";

    public const string InternalError = "SD0900";
}
