using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Profiles;

/// <summary>
/// A payload written as given: its <c>PayloadType</c>, and its own keys next to the envelope keys. It holds
/// Apple's payload types (<c>com.apple.TCC.configuration-profile-policy</c>, which have no managed-preferences
/// form), and every payload read from a file: a preference domain in the direct form, a managed-preferences
/// payload (its <c>PayloadContent</c> is one of its keys), or a type this library does not know.
/// </summary>
public sealed class PlainPayload : ProfilePayload
{
    public PlainPayload(string payloadType, string identifier, string uuid, PlistDictionary settings)
        : base(identifier, uuid, settings)
    {
        PayloadType = payloadType ?? throw new ArgumentNullException(nameof(payloadType));
    }

    /// <summary><c>PayloadType</c>, exactly as written.</summary>
    public string PayloadType { get; }

    /// <summary>The payload as it sits in <c>PayloadContent</c>; it has one form, so <paramref name="form"/> does not apply.</summary>
    public override PlistDictionary ToPlist(PreferencePayloadForm form) => Write(PayloadType, Settings);
}
