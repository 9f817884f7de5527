using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Tests.Profiles.Support;

/// <summary>
/// Profiles written by hand (Profiles/Fixtures) in the shapes macOS accepts and other tools write:
/// <list type="bullet">
/// <item><c>direct-preference-domain</c>: a preference domain in the direct form (PayloadType = the domain, its keys
/// next to the envelope), as Jamf's Jamf Connect samples are; no PayloadScope or PayloadRemovalDisallowed, an
/// empty PayloadDescription and an empty setting.</item>
/// <item><c>managed-preferences</c>: Apple's ManagedPreferences example
/// (https://developer.apple.com/documentation/devicemanagement/managedpreferences) grown to several domains in one
/// payload, Set-Once with <c>mcx_data_timestamp</c> (once) and without (often), Forced next to Set-Once, two entries
/// under one mode, and a second payload; PayloadScope User.</item>
/// <item><c>jamf-pro-download</c>: a profile as Jamf Pro downloads it from Computers → Configuration Profiles with
/// Application &amp; Custom Settings payloads: identifiers equal to the UUIDs, PayloadEnabled at the top level and on
/// each payload, PayloadOrganization "JAMF Software" on each payload, empty PayloadDescriptions.</item>
/// <item><c>apple-and-unknown-payloads</c>: Apple payload types (Privacy Preferences Policy Control,
/// https://developer.apple.com/documentation/devicemanagement/privacypreferencespolicycontrol, with a payload-level
/// empty PayloadOrganization; a root certificate, https://developer.apple.com/documentation/devicemanagement/certificateroot,
/// whose PayloadContent is data), a payload type nobody defines, and the optional TopLevel keys ConsentText,
/// HasRemovalPasscode, PayloadExpirationDate and TargetDeviceType
/// (https://developer.apple.com/documentation/devicemanagement/toplevel).</item>
/// </list>
/// </summary>
internal static class ProfileFixtures
{
    public static readonly string[] Names =
    [
        "direct-preference-domain",
        "managed-preferences",
        "jamf-pro-download",
        "apple-and-unknown-payloads",
    ];

    public static TheoryData<string> All() => new(Names);

    public static byte[] Bytes(string name) =>
        File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Profiles", "Fixtures", name + ".mobileconfig"));

    public static PlistDictionary Read(string name) => (PlistDictionary)PropertyListSerializer.Read(Bytes(name));
}
