using ProfileAsCode.Profiles;
using ProfileAsCode.PropertyList;

namespace ProfileAsCode.Testing.FakeJamf;

/// <summary>
/// What the test server does to an uploaded profile plist, modelled on community reports (Jamf's API reference does
/// not describe it):
/// <list type="bullet">
/// <item>On create, the top-level PayloadUUID becomes the new <c>general/uuid</c> and PayloadIdentifier the same value;
/// every payload gets a new UUID, used as its PayloadIdentifier too (terraform-provider-jamfpro,
/// internal/resources/common/configurationprofiles/plist/uuid_handling.go: "Jamf Pro post creation configuration
/// profile PayloadUUID and PayloadIdentifier", root and payloads; jamf/terraform-provider-jamfplatform PR #154:
/// "fields Jamf Pro always re-derives on write"). The documented sample body shows a profile whose PayloadIdentifier
/// equals its PayloadUUID.</item>
/// <item>On update, the identities sent are kept (sending other values makes devices install a second profile:
/// Jamf-Concepts/jamf-cli issue #129, grahampugh/jamf-upload).</item>
/// <item>Always: the top-level PayloadDisplayName and PayloadDescription are set from <c>general/name</c> and
/// <c>general/description</c> (terraform-provider-jamfpro PR #584), and a missing top-level PayloadEnabled is added as
/// true (terraform-provider-jamfpro issue #1164, terraform-provider-jamfplatform PR #157).</item>
/// </list>
/// </summary>
internal static class JamfUploadRewrites
{
    public static PlistDictionary OnCreate(PlistDictionary uploaded, string generalUuid, string name, string description)
    {
        var payloads = uploaded.TryGetValue(PayloadKeys.Content, out var content) && content is PlistArray array
            ? new PlistArray(array.Select(p => p is PlistDictionary payload ? NewIdentity(payload) : p))
            : PlistArray.Empty;
        var root = uploaded
            .SetItem(PayloadKeys.Uuid, generalUuid)
            .SetItem(PayloadKeys.Identifier, generalUuid)
            .SetItem(PayloadKeys.Content, payloads);
        return Always(root, name, description);
    }

    public static PlistDictionary OnUpdate(PlistDictionary uploaded, string name, string description) => Always(uploaded, name, description);

    public static string NewUuid() => Guid.NewGuid().ToString().ToUpperInvariant();

    private static PlistValue NewIdentity(PlistDictionary payload)
    {
        var uuid = NewUuid();
        return payload.SetItem(PayloadKeys.Uuid, uuid).SetItem(PayloadKeys.Identifier, uuid);
    }

    private static PlistDictionary Always(PlistDictionary root, string name, string description)
    {
        root = root.SetItem(PayloadKeys.DisplayName, name).SetItem(PayloadKeys.Description, description);
        return root.ContainsKey("PayloadEnabled") ? root : root.SetItem("PayloadEnabled", true);
    }
}
