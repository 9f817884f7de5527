using System.Text;
using ProfileAsCode.PropertyList;

namespace ProfileAsCode.JamfPro.Profiles;

/// <summary>
/// The profile plist as the text of <c>general/payloads</c>, both ways. Written with the project's CoreFoundation-exact
/// XML writer; a string holding a character XML 1.0 cannot hold (U+0001, U+FFFE, a lone surrogate…) cannot travel in the
/// Classic API's XML at all and is refused with its key path.
/// </summary>
internal static class UploadText
{
    /// <summary>The largest server copy parsed (a profile of many megabytes is not a configuration profile).</summary>
    public const int MaxServerPlistChars = 8 * 1024 * 1024;

    public static string Write(BuiltProfile profile, PlistDictionary root)
    {
        try
        {
            return Encoding.UTF8.GetString(PropertyListSerializer.WriteXml(root));
        }
        catch (PlistWriteException e)
        {
            throw new JamfProException(
                JamfProProblem.BadInput,
                $"{SafeText.Of(profile.Path)}: {SafeText.Of(e.KeyPath)}: {SafeText.Of(e.Reason)}; the Classic API carries the profile as XML, so it cannot be uploaded. Remove the character.");
        }
    }

    /// <returns>The server's profile, or null with <paramref name="problem"/> saying why it cannot be read.</returns>
    public static PlistDictionary? Read(string? payloads, out string? problem)
    {
        if (string.IsNullOrWhiteSpace(payloads))
        {
            problem = "general/payloads is empty";
            return null;
        }

        if (payloads.Length > MaxServerPlistChars)
        {
            problem = $"general/payloads is larger than {MaxServerPlistChars / (1024 * 1024)} MiB";
            return null;
        }

        try
        {
            if (PropertyListSerializer.ReadXml(Encoding.UTF8.GetBytes(payloads.TrimStart())) is PlistDictionary root)
            {
                problem = null;
                return root;
            }

            problem = "general/payloads is not a dictionary";
        }
        catch (PlistFormatException e)
        {
            problem = "general/payloads is not a property list: " + SafeText.Of(e.Message, 120);
        }

        return null;
    }
}
