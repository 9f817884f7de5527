using ProfileAsCode.JamfPro.Profiles;
using ProfileAsCode.Profiles;
using ProfileAsCode.PropertyList;

namespace ProfileAsCode.JamfPro.Planning;

/// <summary>
/// The profile apply uploads: the built profile, made to agree with what Jamf Pro does to an uploaded profile so that
/// the next plan compares equal.
/// </summary>
/// <remarks>
/// What Jamf Pro changes is not in Jamf's API reference; these rules follow the tools that upload profiles every day:
/// <list type="bullet">
/// <item>It replaces the top-level PayloadUUID and PayloadIdentifier, and those of the payloads, with its own values
/// on create (terraform-provider-jamfpro, internal/resources/common/configurationprofiles/plist/uuid_handling.go;
/// jamf/terraform-provider-jamfplatform PR #154). An update must send back the values the server holds, or devices
/// see a new profile and keep the old one ("ghost profiles": Jamf-Concepts/jamf-cli issue #129,
/// grahampugh/jamf-upload JamfComputerProfileUploaderBase.py). So on update the server's identities are kept, top
/// level and per payload: the Macs keep the PayloadUUIDs they have and every change is an in-place update.</item>
/// <item>It sets the top-level PayloadDisplayName and PayloadDescription from <c>general/name</c> and
/// <c>general/description</c> (terraform-provider-jamfpro PR #584), so ours are set to exactly those.</item>
/// <item>It adds keys such as PayloadEnabled (terraform-provider-jamfpro issue #1164, terraform-provider-jamfplatform
/// PR #157); <see cref="ServerAddedKeys"/> the server holds and the built profile does not set are kept as they are.</item>
/// </list>
/// </remarks>
internal static class DesiredProfile
{
    /// <summary>Envelope keys Jamf Pro is reported to add; kept from the server copy when the built profile does not set them.</summary>
    public static readonly IReadOnlyList<string> ServerAddedKeys = ["PayloadEnabled", PayloadKeys.Organization, PayloadKeys.RemovalDisallowed, PayloadKeys.Scope];

    /// <summary>The description sent as <c>general/description</c> and PayloadDescription: the profile's own, with our marker.</summary>
    public static string DescriptionOf(BuiltProfile built) => ManagedMarker.Append(built.Description, built.Identifier);

    public static PlistDictionary For(BuiltProfile built, PlistDictionary? onServer)
    {
        var root = built.Root
            .SetItem(PayloadKeys.DisplayName, built.DisplayName)
            .SetItem(PayloadKeys.Description, DescriptionOf(built));
        if (onServer is null)
        {
            return root;
        }

        root = KeepServerValues(root, onServer, [PayloadKeys.Identifier, PayloadKeys.Uuid]);
        var ours = built.Payloads.Cast<PlistDictionary>().ToList();
        var theirs = onServer.TryGetValue(PayloadKeys.Content, out var content) && content is PlistArray array
            ? array.OfType<PlistDictionary>().ToList()
            : [];
        var partner = PayloadPairing.Pair(ours, theirs);
        var payloads = ours.Select((payload, i) => partner[i] < 0
            ? payload
            : KeepServerValues(payload, theirs[partner[i]], [PayloadKeys.Identifier, PayloadKeys.Uuid]));
        return root.SetItem(PayloadKeys.Content, new PlistArray(payloads));
    }

    /// <summary>Takes the server's identity keys, and the server-added keys we do not set.</summary>
    private static PlistDictionary KeepServerValues(PlistDictionary ours, PlistDictionary theirs, string[] identityKeys)
    {
        foreach (var key in identityKeys)
        {
            if (theirs.TryGetValue(key, out var value) && value is PlistString)
            {
                ours = ours.SetItem(key, value);
            }
        }

        foreach (var key in ServerAddedKeys)
        {
            if (!ours.ContainsKey(key) && theirs.TryGetValue(key, out var value))
            {
                ours = ours.SetItem(key, value);
            }
        }

        return ours;
    }
}
