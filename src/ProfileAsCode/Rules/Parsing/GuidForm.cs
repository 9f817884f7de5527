namespace ProfileAsCode.Rules.Parsing;

/// <summary>How a value meant as a GUID is written; each form has exactly one rule that reports it.</summary>
internal enum GuidForm
{
    Guid,

    /// <summary>A GUID with braces, whitespace or no dashes: the fix is certain.</summary>
    Wrapped,

    AllZeros,

    /// <summary>GUID-shaped with non-hex characters: Jamf's sample IDs.</summary>
    Lookalike,

    NotGuid,
}

internal static class GuidForms
{
    public static GuidForm Classify(string text)
    {
        if (Guids.IsAllZeros(text))
        {
            return GuidForm.AllZeros;
        }

        if (Guids.IsCanonical(text))
        {
            return GuidForm.Guid;
        }

        if (Guids.TryNormalize(text) is { } normalized)
        {
            return Guids.IsAllZeros(normalized) ? GuidForm.AllZeros : GuidForm.Wrapped;
        }

        return Guids.LooksLikeGuidButIsNot(text) ? GuidForm.Lookalike : GuidForm.NotGuid;
    }

    /// <summary>The bare lower-case GUID when <paramref name="form"/> is <see cref="GuidForm.Wrapped"/>: the one certain fix.</summary>
    public static string? CertainFix(string text, GuidForm form) => form == GuidForm.Wrapped ? Guids.TryNormalize(text) : null;

    /// <summary>What is wrong with a non-GUID, for messages; quotes the value.</summary>
    public static string Describe(string text, GuidForm form) => form switch
    {
        GuidForm.Wrapped => "'" + text + "' is a GUID wrapped in braces, whitespace or without dashes",
        GuidForm.AllZeros => "'" + text + "' is the all-zeros GUID, a placeholder",
        GuidForm.Lookalike => "'" + text + "' is not a GUID: " + Guids.Problem(text) + (Guids.NonHexCharacters(text).Length > 0 ? " (Jamf's sample configurations carry such fake IDs)" : string.Empty),
        _ => "'" + text + "' is not a GUID (8-4-4-4-12 hex digits): " + Guids.Problem(text),
    };
}
