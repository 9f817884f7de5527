namespace ProfileAsCode.JamfPro.Profiles;

/// <summary>
/// How a profile on the server is known to be ours: its description (Jamf Pro's <c>general/description</c>) ends with
/// <c>[managed by profile-as-code: IDENTIFIER]</c>, IDENTIFIER being the built profile's PayloadIdentifier.
/// </summary>
/// <remarks>
/// The description, not a key inside the plist, because Jamf Pro rewrites the plist's identifiers on upload
/// (terraform-provider-jamfpro's uuid_handling.go, jamf-cli issue #129) but keeps <c>general/description</c> as sent.
/// Jamf Pro also copies the description into the profile's top-level PayloadDescription (terraform-provider-jamfpro
/// PR #584), so apply sets PayloadDescription to the same text: devices show the marker in the profile's description.
/// Only profiles carrying the marker can ever be deleted (prune).
/// </remarks>
internal static class ManagedMarker
{
    private const string Prefix = "[managed by profile-as-code: ";

    public static string Append(string description, string identifier)
    {
        var marker = Prefix + identifier + "]";
        return description.Length == 0 ? marker : description + " " + marker;
    }

    /// <returns>The identifier in the marker at the end of <paramref name="description"/>, or null when there is none.</returns>
    public static string? Read(string? description)
    {
        if (description is null || !description.EndsWith(']'))
        {
            return null;
        }

        var start = description.LastIndexOf(Prefix, StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        var identifier = description.Substring(start + Prefix.Length, description.Length - 1 - start - Prefix.Length);
        return identifier.Length == 0 ? null : identifier;
    }
}
