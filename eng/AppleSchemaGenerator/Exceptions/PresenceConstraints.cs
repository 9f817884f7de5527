using static AppleSchemaGenerator.Exceptions.ConstraintKind;

namespace AppleSchemaGenerator.Exceptions;

/// <summary>
/// The reviewed table of presence rules Apple states only in prose (EXCEPTIONS.md lists each with its source,
/// and every prose candidate that was read and not encoded). The first group corrects a schema that is
/// stricter than Macs: PAC4001 must not call such a key missing. The second group states, for keys the schema
/// marks optional, when Apple's documentation says they are needed.
/// </summary>
internal static class PresenceConstraints
{
    private const string PppcIdentityPage = "https://developer.apple.com/documentation/devicemanagement/privacypreferencespolicycontrol/services-data.dictionary/identity";

    public static readonly IReadOnlyList<PresenceConstraint> All =
    [
        // The schema is stricter than Macs: these relax a `required`.
        new("com.apple.TCC.configuration-profile-policy.yaml", "Services/AddressBook/IdentityDict", ExactlyOneOf, ["Allowed", "Authorization"], null, null,
            "Each entry grants or denies with `Allowed` or, from macOS 11, with its replacement `Authorization`; one of them, not both. The schema marks only `Allowed` required.",
            PppcIdentityPage),
        new("com.apple.configurationprofile.identification.yaml", "PayloadIdentification", RequiredWhen, ["Password"], "AuthMethod", "Password",
            "The password is needed only when the profile carries it (`AuthMethod` `Password`); with `UserEnteredPassword` the user types it."),
        new("TopLevel.yaml", "", RequiredUnless, ["PayloadContent"], "IsEncrypted", "true",
            "An encrypted profile carries its payloads in `EncryptedPayloadContent` instead of `PayloadContent`."),
        new("com.apple.xsan.yaml", "", RequiredWhen, ["sharedSecret"], "sanAuthMethod", null,
            "The shared secret is needed when `sanAuthMethod` is set, not always."),
        new("com.apple.xsan.yaml", "", NotEnforced, ["sanName"], null, null,
            "Needed for Xsan SANs; a StorNext SAN configuration may leave it out, and the payload does not say which kind of SAN it is."),
        new("com.apple.xsan.yaml", "", NotEnforced, ["sanConfigURLs"], null, null,
            "Needed for Xsan SANs; a StorNext SAN configuration may leave it out, and the payload does not say which kind of SAN it is."),
        new("com.apple.xsan.yaml", "", NotEnforced, ["fsnameservers"], null, null,
            "Needed for StorNext SANs; an Xsan SAN configuration may leave it out, and the payload does not say which kind of SAN it is."),

        // Stated in prose for keys the schema marks optional.
        new("com.apple.relay.managed.yaml", "Relays/Relay", AtLeastOneOf, ["HTTP2RelayURL", "HTTP3RelayURL"], null, null,
            "A relay is reached over HTTP/2, HTTP/3 or both, so it names at least one of the two URLs."),
        new("com.apple.vpn.managed.yaml", "IKEv2", AllOrNone, ["PPK", "PPKIdentifier"], null, null,
            "The post-quantum pre-shared key and its identifier are given together."),
        new("com.apple.vpn.managed.yaml", "", RequiredWhen, ["VPNSubType"], "VPNType", "VPN",
            "A `VPN`-type configuration names its vendor configuration or provider in `VPNSubType`."),
        new("com.apple.vpn.managed.yaml", "", RequiredWhen, ["VPNSubType"], "VPNType", "TransparentProxy",
            "A `TransparentProxy` configuration names its provider in `VPNSubType`."),
        new("com.apple.vpn.managed.yaml", "DNS", RequiredWhen, ["ServerURL"], "DNSProtocol", "HTTPS",
            "DNS over HTTPS needs the server's URL template."),
        new("com.apple.vpn.managed.yaml", "DNS", RequiredWhen, ["ServerName"], "DNSProtocol", "TLS",
            "DNS over TLS needs the server's host name."),
        new("com.apple.vpn.managed.yaml", "Proxies", RequiredWhen, ["HTTPPort"], "HTTPProxy", null,
            "An HTTP proxy address comes with its port."),
        new("com.apple.vpn.managed.yaml", "Proxies", RequiredWhen, ["HTTPSPort"], "HTTPSProxy", null,
            "An HTTPS proxy address comes with its port."),
        new("com.apple.dnsSettings.managed.yaml", "DNSSettings", RequiredWhen, ["ServerURL"], "DNSProtocol", "HTTPS",
            "DNS over HTTPS needs the server's URL template."),
        new("com.apple.proxy.http.global.yaml", "", RequiredWhen, ["ProxyServer"], "ProxyType", "Manual",
            "A manual proxy needs the server's address."),
        new("com.apple.proxy.http.global.yaml", "", RequiredWhen, ["ProxyServerPort"], "ProxyType", "Manual",
            "A manual proxy needs the server's port."),
        new("com.apple.extensiblesso.yaml", "", RequiredOnMacOS, ["TeamIdentifier"], null, null,
            "macOS needs the extension's team identifier; other platforms ignore it."),
        new("com.apple.extensiblesso.yaml", "", RequiredWhen, ["URLs"], "Type", "Redirect",
            "A redirect extension needs the identity provider URLs it handles."),
        new("com.apple.extensiblesso.yaml", "", RequiredWhen, ["Hosts"], "Type", "Credential",
            "A credential extension needs the hosts it handles."),
        new("com.apple.extensiblesso.yaml", "", RequiredWhen, ["PlatformSSO.AuthenticationMethod"], "RegistrationToken", null,
            "A registration token is used only with a Platform SSO authentication method."),
        new("com.apple.webcontent-filter.yaml", "", RequiredWhen, ["UserDefinedName"], "FilterType", "Plugin",
            "A plug-in filter needs its display name."),
        new("com.apple.webcontent-filter.yaml", "", RequiredWhen, ["PluginBundleID"], "FilterType", "Plugin",
            "A plug-in filter needs the plug-in's bundle identifier."),
        new("com.apple.webcontent-filter.yaml", "", RequiredWhen, ["FilterDataProviderBundleIdentifier"], "FilterSockets", "true",
            "Socket filtering needs the data provider's bundle identifier."),
        new("com.apple.webcontent-filter.yaml", "", RequiredWhen, ["FilterDataProviderDesignatedRequirement"], "FilterSockets", "true",
            "Socket filtering needs the data provider's designated requirement."),
        new("com.apple.webcontent-filter.yaml", "", RequiredWhen, ["FilterPacketProviderBundleIdentifier"], "FilterPackets", "true",
            "Packet filtering needs the packet provider's bundle identifier."),
        new("com.apple.webcontent-filter.yaml", "", RequiredWhen, ["FilterPacketProviderDesignatedRequirement"], "FilterPackets", "true",
            "Packet filtering needs the packet provider's designated requirement."),
        new("com.apple.familycontrols.contentfilter.yaml", "", RequiredWhen, ["siteWhitelist"], "whitelistEnabled", "true",
            "An enabled allow list needs its sites. (Apple's text spells the key `whiteListEnabled`; the schema's key is `whitelistEnabled`.)"),
        new("com.apple.wifi.managed.yaml", "EAPClientConfiguration", RequiredWhen, ["OuterIdentity"], "TLSMinimumVersion", "1.3",
            "With TLS 1.3 as the minimum, the outer identity is needed."),
        new("com.apple.screensaver.yaml", "", RequiredWhen, ["askForPasswordDelay"], "askForPassword", "true",
            "Asking for the password comes with the delay before it is asked."),
    ];
}
