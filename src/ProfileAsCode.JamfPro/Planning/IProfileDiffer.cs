using ProfileAsCode.PropertyList;

namespace ProfileAsCode.JamfPro.Planning;

/// <summary>
/// Compares the profile Jamf Pro holds with the one apply would upload, by meaning, payload by payload (an in-place
/// update, or a removal and reinstall when a payload's identity changes). The CLI implements it with its <c>diff</c>
/// command's engine, so plan shows exactly what <c>profile-as-code diff</c> would; this library only needs to know
/// whether anything differs and lines to report.
/// </summary>
internal interface IProfileDiffer
{
    IProfileDifference Compare(PlistDictionary onServer, PlistDictionary toUpload);
}

/// <summary>The result of <see cref="IProfileDiffer.Compare"/>; the CLI keeps its own richer result behind it for rendering.</summary>
internal interface IProfileDifference
{
    bool HasDifferences { get; }

    /// <summary>One line per change, plain text, safe for a terminal.</summary>
    IReadOnlyList<string> Describe();
}
