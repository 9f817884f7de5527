using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Profiles;

/// <summary>The bytes a profile is shipped as: XML property lists written as CoreFoundation writes them.</summary>
public static class ProfileSerializer
{
    /// <summary>The unsigned <c>.mobileconfig</c>, preference payloads in <paramref name="form"/>.</summary>
    /// <exception cref="PlistWriteException">A string holds a character XML 1.0 cannot represent.</exception>
    public static byte[] ToMobileConfig(ConfigurationProfile profile, PreferencePayloadForm form)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return PropertyListSerializer.WriteXml(profile.ToPlist(form));
    }

    /// <summary>The domain's keys only, for Jamf Pro's Application &amp; Custom Settings upload.</summary>
    /// <exception cref="PlistWriteException">A string holds a character XML 1.0 cannot represent.</exception>
    public static byte[] ToBarePlist(PreferencePayload payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        return PropertyListSerializer.WriteXml(payload.Settings);
    }
}
